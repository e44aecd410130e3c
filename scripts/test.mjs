// `npm test`: lint and format check (ESLint, Prettier), unit tests (vitest), a production build,
// then end-to-end tests (Playwright on Debian's chromium; redis-server for the shared rate limit). Ends with one line "N passed, N
// failed" summing them all, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureRedis } from './ensure-redis.mjs';
import { writeLongArticles } from './long-article.mjs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;

// 0. Lint and format: one check that fails on any ESLint error or unformatted file.
if (run('npm', ['run', 'lint']) === 0) passed += 1;
else {
  console.error('Lint or format check failed (npm run lint; npm run format fixes formatting).');
  failed += 1;
}

// 1. Unit tests (the shared rate limit's start their own redis-server: Debian's, installed when missing).
ensureRedis();
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`]);
const unit = readJson(`${out}/unit.json`);
passed += unit?.numPassedTests ?? 0;
failed += unit ? unit.numFailedTests : 1;
if (unitStatus !== 0 && unit && unit.numFailedTests === 0) failed += 1; // a suite that failed to load

// 2. Build, then end-to-end tests against `next start`. Both read a generated long article (the
// seed ten times over, e2e/long-article.spec.ts) beside the published ones; it is never committed.
ensureChromium();
const long = { HANYEONG_EXTRA_CONTENT: '.long-content' };
writeLongArticles(long.HANYEONG_EXTRA_CONTENT, 1, 10);
if (run('npm', ['run', 'build'], long) !== 0) {
  console.error('The production build failed, so the end-to-end tests could not run.');
  failed += 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test'], { ...long, PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/e2e.json` });
  const stats = readJson(`${out}/e2e.json`)?.stats;
  passed += stats?.expected ?? 0;
  failed += stats ? stats.unexpected + stats.flaky : 1;
  if (e2eStatus !== 0 && stats && stats.unexpected === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
