// Long texts in pages and build cost (part of `npm run bench`; runs alone too: `node scripts/bench-pages.mjs`).
// Builds twice, timing each: with the seed alone, then with ten generated long articles (the seed
// ten times over each, scripts/long-article.mjs, in .long-content, read through
// HANYEONG_EXTRA_CONTENT). After each build, `next start` is timed to its first reader page; on the
// long build, page 1 and page 3 of a long article are measured against the seed article in the
// same run (HTML size, server response, interleaved). It leaves .next built with the long
// articles (serve it with HANYEONG_EXTRA_CONTENT=.long-content, or run `npm run build` again).
import { startNextServer } from './next-server.mjs';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeLongArticles } from './long-article.mjs';
import { benchReadingLoop } from './bench-reading.mjs';

const PORT = Number(process.env.PAGES_PORT ?? 3196);
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = '.long-content';
const ROUNDS = Number(process.env.PAGES_ROUNDS ?? 20);
const NORMAL = '/en/read/microsoft-ai-datacenters';
const LONG = '/en/read/long-article-1';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A cold `npm run build` (no .next, no build cache), timed: both builds start alike, whichever runs first. */
function build(extra) {
  rmSync('.next', { recursive: true, force: true });
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Starts `next start`; resolves with the server and the seconds until its first reader page answered. */
async function start(extra) {
  const begin = performance.now();
  const { stop } = startNextServer(PORT, { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(BASE + NORMAL)).ok) break;
    } catch {}
    if (i > 600) throw new Error('next start did not come up');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { stop, seconds: (performance.now() - begin) / 1000 };
}

async function timed(path) {
  const t = performance.now();
  const response = await fetch(BASE + path);
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return { ms: performance.now() - t, body };
}

/** The rows of this section, as scripts/bench.mjs prints them. */
export async function benchPages() {
  const rows = [];
  const row = (name, shown, value = null, budget = null, unit = '', better = 'lower') =>
    rows.push({ name, shown, value, budget, unit, better });
  const extra = { HANYEONG_EXTRA_CONTENT: DIR };
  const seedBuild = build({});
  const seedServer = await start({});
  seedServer.stop();
  writeLongArticles(DIR, 10, 10);
  const longBuild = build(extra);
  const longServer = await start(extra);
  // Warm up, then interleave the three pages so that the machine's noise falls on all alike.
  for (const path of [NORMAL, LONG, `${LONG}?page=3`]) for (let i = 0; i < 3; i++) await timed(path);
  const times = { normal: [], first: [], third: [] };
  for (let i = 0; i < ROUNDS; i++) {
    times.normal.push((await timed(NORMAL)).ms);
    times.first.push((await timed(LONG)).ms);
    times.third.push((await timed(`${LONG}?page=3`)).ms);
  }
  const gz = async (path) => gzipSync((await timed(path)).body, { level: 9 }).length / 1024;
  const [normalKb, firstKb, thirdKb] = [await gz(NORMAL), await gz(LONG), await gz(`${LONG}?page=3`)];
  const [wordsNormal, wordsPage] = [await gz(`${NORMAL}/words.json`), await gz(`${LONG}/pages/3/words.json`)];
  // Issue 14: status keys on the seed article; "mark the rest as known" on a long imported text's first page and the long article's.
  const readingLoop = await benchReadingLoop(BASE, NORMAL, LONG);
  longServer.stop();

  const p50 = { normal: median(times.normal), first: median(times.first), third: median(times.third) };
  row(
    'Long article (seed x10) page 1 HTML (gzip)',
    `${firstKb.toFixed(1)} KB; page 3 ${thirdKb.toFixed(1)} KB; seed article ${normalKb.toFixed(1)} KB`,
    firstKb,
    60,
    'KB',
  );
  row(
    `  page 1 server response p50 / seed article's (${ROUNDS} rounds)`,
    `${(p50.first / p50.normal).toFixed(2)} (${p50.first.toFixed(1)} ms vs ${p50.normal.toFixed(1)} ms)`,
    p50.first / p50.normal,
    2,
    'x',
  );
  row(
    "  page 3 server response p50 / seed article's",
    `${(p50.third / p50.normal).toFixed(2)} (${p50.third.toFixed(1)} ms)`,
    p50.third / p50.normal,
    2,
    'x',
  );
  row(
    '  page 3 popover data (gzip)',
    `${wordsPage.toFixed(1)} KB; seed article ${wordsNormal.toFixed(1)} KB (${(wordsPage / wordsNormal).toFixed(2)}x)`,
  );
  row(
    'Build with ten long articles / seed alone',
    `${(longBuild / seedBuild).toFixed(2)} (${longBuild.toFixed(1)} s vs ${seedBuild.toFixed(1)} s)`,
    (longBuild / seedBuild - 1) * 100,
    20,
    '% more',
  );
  row(
    '  server start to first reader page, same builds',
    `${(longServer.seconds / seedServer.seconds).toFixed(2)} (${longServer.seconds.toFixed(2)} s vs ${seedServer.seconds.toFixed(2)} s)`,
    (longServer.seconds / seedServer.seconds - 1) * 100,
    20,
    '% more',
  );
  rows.push(...readingLoop);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = 0;
  for (const { name, shown, value, budget, unit, better } of await benchPages()) {
    const ok = value === null || budget === null || (better === 'higher' ? value >= budget : value <= budget);
    if (!ok) over++;
    const verdict = value === null || budget === null ? '' : ok ? `ok (budget ≤ ${budget} ${unit})` : `OVER BUDGET (${budget} ${unit})`;
    console.log(`${name.padEnd(52)} ${String(shown).padEnd(58)} ${verdict}`);
  }
  process.exit(over ? 1 : 0);
}
