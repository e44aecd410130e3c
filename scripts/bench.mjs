// `npm run bench`: builds if needed, serves with `next start`, and measures the budgets in
// Chromium. Prints each figure against its budget; exits 1 when one is over. Never run in tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM, ensureChromium } from './ensure-chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const READER = '/en/read/microsoft-ai-datacenters';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => bytes / 1024;

ensureChromium();
if (!existsSync('.next/BUILD_ID') || process.env.BENCH_REBUILD) {
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
}
const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid); } catch {} };
process.on('exit', stop);
for (let i = 0; ; i++) {
  try { if ((await fetch(`${BASE}/ko`)).ok) break; } catch {}
  if (i > 100) throw new Error('next start did not come up');
  await new Promise((r) => setTimeout(r, 300));
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Gzipped bytes of every script the page loads (the noModule polyfill is never fetched by Chromium). */
async function firstLoadJs(path) {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', (res) => { if (res.request().resourceType() === 'script') bodies.push(res.body().catch(() => Buffer.alloc(0))); });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  const sizes = (await Promise.all(bodies)).map((b) => gzipSync(b, { level: 9 }).length);
  await page.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

/** LCP and CLS of one cold load with the CPU slowed 4x. */
async function vitals(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__v = { lcp: 0, cls: 0 };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__v.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__v.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => window.__v);
  await context.close();
  return result;
}

const htmlGzip = async (path) => gzipSync(Buffer.from(await (await fetch(BASE + path)).arrayBuffer()), { level: 9 }).length;

const readerJs = await firstLoadJs(READER);
const libraryJs = await firstLoadJs('/en');
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await vitals(READER));
const ttfb = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); await (await fetch(BASE + READER)).text(); ttfb.push(performance.now() - t); }
await browser.close();

const rows = [
  ['Reader first-load JS (gzip)', `${kb(readerJs.bytes).toFixed(1)} KB in ${readerJs.files} files`, kb(readerJs.bytes), 160, 'KB'],
  ['  library page, for reference', `${kb(libraryJs.bytes).toFixed(1)} KB; reader/library = ${(readerJs.bytes / libraryJs.bytes).toFixed(3)}`, null],
  ['Reader HTML (gzip)', `${kb(await htmlGzip(READER)).toFixed(1)} KB`, kb(await htmlGzip(READER)), 60, 'KB'],
  [`Reader LCP, 4x CPU throttle (median of ${RUNS})`, `${median(runs.map((r) => r.lcp)).toFixed(0)} ms (runs: ${runs.map((r) => r.lcp.toFixed(0)).join(', ')})`, median(runs.map((r) => r.lcp)), 1000, 'ms'],
  [`Reader CLS (max of ${RUNS})`, `${Math.max(...runs.map((r) => r.cls)).toFixed(4)}`, Math.max(...runs.map((r) => r.cls)), 0, ''],
  ['  reader server response (median of 20)', `${median(ttfb).toFixed(1)} ms`, null],
];
let over = 0;
for (const [name, shown, value, budget, unit] of rows) {
  const verdict = value === null ? '' : value <= budget ? `ok (budget ${budget} ${unit})` : `OVER BUDGET (${budget} ${unit})`;
  if (value !== null && value > budget) over++;
  console.log(`${name.padEnd(48)} ${shown.padEnd(44)} ${verdict}`);
}
stop();
process.exit(over ? 1 : 0);
