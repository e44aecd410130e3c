// `npm run bench`: measures every budget and prints each figure against it; exits 1 when one is
// over. Never run inside the tests (this machine is shared and noisy): medians, same-run baselines.
import { waitForServer } from './wait-for-server.mjs';
import { startNextServer } from './next-server.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { CHROMIUM, ensureChromium } from './ensure-chromium.mjs';
import { benchPages } from './bench-pages.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const READER = '/en/read/microsoft-ai-datacenters';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const row = (name, shown, value = null, budget = null, unit = '', better = 'lower') =>
  rows.push({ name, shown, value, budget, unit, better });

// `--only analyse`: the analyse route alone, against the production build already in .next.
if (process.argv.includes('--only')) {
  const only = process.argv[process.argv.indexOf('--only') + 1];
  if (only !== 'analyse') {
    console.error(`--only: unknown section ${JSON.stringify(only)} (known: analyse)`);
    process.exit(2);
  }
  analyseLoad();
  report();
}

ensureChromium();

// 1. The full production build, timed; the analyser logs each dictionary load.
const buildStart = performance.now();
const build = spawnSync('npm', ['run', 'build'], { env: { ...env, HANYEONG_LOG_ANALYSER: '1' }, encoding: 'utf8' });
const buildSeconds = (performance.now() - buildStart) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const loads = (build.stdout + build.stderr).match(/\[analyser\] ko-dic loaded/g)?.length ?? 0;
const workers = new Set((build.stdout + build.stderr).match(/\(pid \d+\)/g) ?? []).size;
const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(build.stdout.split('\n').reverse().join('\n'))?.[2] ?? 0);
row('Full next build', `${buildSeconds.toFixed(1)} s, ${pages} static pages`);
row(
  '  ko-dic loads during the build',
  `${loads} load(s) in ${workers} process(es) for ${pages} pages`,
  loads,
  workers,
  'per process',
  'equal',
);

// 2. The analyser against raw lindera, in fresh processes, on the same text. Each TypeScript
// script is bundled once with esbuild; `runScript` runs it and reads the JSON on its last line.
const bundle = (name) =>
  execFileSync('npx', [
    'esbuild',
    `scripts/${name}.ts`,
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--outfile=.bench/${name}.mjs`,
    '--packages=external',
    '--alias:@=.',
    '--alias:server-only=./node_modules/server-only/empty.js',
    '--log-level=warning',
  ]);
const runScript = (name, ...args) =>
  JSON.parse(
    execFileSync('node', [`.bench/${name}.mjs`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop(),
  );
bundle('bench-analyser');
const runNode = (mode) => runScript('bench-analyser', mode);
const rawInit = median(Array.from({ length: 3 }, () => runNode('init-raw').initMs));
const oursInit = median(Array.from({ length: 3 }, () => runNode('init-ours').initMs));
const speed = runNode('throughput');
row('Analyser init (median of 3 fresh processes)', `${oursInit.toFixed(0)} ms; raw lindera ${rawInit.toFixed(0)} ms`);
row(
  `Analyser warm throughput (CPU time, median of 9 turns, ${speed.chars} chars)`,
  `${Math.round(speed.ours).toLocaleString('en')} chars/s; raw lindera ${Math.round(speed.raw).toLocaleString('en')} chars/s`,
);
row(
  '  overlay / raw lindera (median of paired ratios)',
  `${(speed.oursRatio * 100).toFixed(1)} %`,
  speed.oursRatio * 100,
  80,
  '%',
  'higher',
);
row(
  '  import (analysis + glosses + patterns) / raw lindera',
  `${(speed.importRatio * 100).toFixed(1)} %`,
  speed.importRatio * 100,
  null,
  '%',
  'higher',
);
const dict = runNode('dictionary');
row(
  `Learner's dictionary (${dict.entries} entries) and patterns at server start: CPU time`,
  `+${dict.ms.toFixed(0)} ms (wall +${dict.wallMs.toFixed(0)} ms)`,
  dict.ms,
  300,
  'ms',
);
row('  and memory', `+${dict.mb.toFixed(1)} MB RSS`, dict.mb, 80, 'MB');
const sizes = runNode('payload');
row(
  'Popover data: named fields / positional tuples (gzip)',
  `${sizes.named.toFixed(1)} KB / ${sizes.tuples.toFixed(1)} KB (${((sizes.named / sizes.tuples - 1) * 100).toFixed(0)} % more)`,
);
row('Analysis peak RSS', `${speed.peakRssMb.toFixed(0)} MB (process start ${speed.rssBeforeMb.toFixed(0)} MB)`);

// 2a. A saved text in the browser's storage: 50,000 characters of Korean, analysed, stored compact
// and gzipped in IndexedDB; twenty of them saved and reopened (fake-indexeddb in node).
bundle('bench-storage');
const storage = runScript('bench-storage');
row(
  `Saved text, ${storage.chars.toLocaleString('en')} chars of Korean, stored (IndexedDB records)`,
  `${storage.storedKb.toFixed(0)} KB (analysis as sent: ${(storage.analysisKb / 1024).toFixed(1)} MB, ${storage.eojeols.toLocaleString('en')} eojeols)`,
  storage.storedKb,
  600,
  'KB',
);
row(
  '  twenty such texts saved and reopened whole',
  `${storage.reopened} of 20 (listed ${storage.listed}) in ${(storage.ms / 1000).toFixed(1)} s`,
  storage.reopened,
  20,
  'texts',
  'higher',
);

// 2b. Annotated texts nobody tuned to (eval/README.md): the held-out half against its budgets, dev for information.
bundle('eval-texts');
const evalTexts = runScript('eval-texts');
for (const [half, label, budgeted] of [
  ['heldOut', 'held out', true],
  ['dev', 'dev, for information', false],
]) {
  const s = evalTexts[half];
  row(
    `Eval texts (${label}): eojeols explained`,
    `${s.explainedPct.toFixed(1)} % (${s.explained} of ${s.eojeols} in ${s.texts} texts)`,
    budgeted ? s.explainedPct : null,
    budgeted ? 97 : null,
    '%',
    'higher',
  );
  row(
    '  particles/endings explained',
    `${s.grammarPct.toFixed(1)} % (${s.grammarExplained} of ${s.grammarParts}); lemmas ${s.lemmaPct.toFixed(1)} %, classes ${s.classPct.toFixed(1)} % as annotated`,
    budgeted ? s.grammarPct : null,
    budgeted ? 99 : null,
    '%',
    'higher',
  );
}

// 2c. A corpus nobody here wrote: UD Korean GSD dev (../shared/ud), the analyser beside raw ko-dic.
bundle('bench-ud');
const ud = runScript('bench-ud');
if (ud.skipped) row('UD Korean GSD', 'skipped: ../shared/ud/ko_gsd-ud-dev.conllu is absent');
else {
  const pair = (key) => `${ud.analyser[key].toFixed(1)} %; raw ko-dic ${ud.raw[key].toFixed(1)} %`;
  row(
    `UD Korean GSD dev (${ud.sentences} sentences, ${ud.eojeols} eojeols): exact segmentation`,
    pair('segmentation'),
    ud.analyser.segmentation,
    92,
    '%',
    'higher',
  );
  row('  particle/ending recall', pair('grammarRecall'), ud.analyser.grammarRecall, 96, '%', 'higher');
  for (const key of ['segmentation', 'headClass', 'lemma', 'grammarRecall'])
    row(
      `  ${key}: analyser − raw (no regression)`,
      `${(ud.analyser[key] - ud.raw[key]).toFixed(1)} pts`,
      ud.analyser[key] - ud.raw[key],
      0,
      'pts',
      'higher',
    );
  row('  throughput / raw lindera (CPU time)', `${(ud.ratio * 100).toFixed(1)} %`, ud.ratio * 100, 80, '%', 'higher');
}

// 3. The pages, served by `next start`.
const { stop } = startNextServer(PORT, env);
await waitForServer(BASE);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Gzipped JS of a page: first load (scripts fetched before the load event, as Next counts it)
 * and what islands fetch afterwards, when the browser is idle (the progress store, for one).
 */
async function firstLoadJs(path) {
  const page = await browser.newPage();
  const bodies = [];
  let loaded = false;
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') bodies.push({ late: loaded, body: res.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(BASE + path, { waitUntil: 'load' });
  loaded = true;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const sizes = await Promise.all(bodies.map(async ({ late, body }) => ({ late, size: gzipSync(await body, { level: 9 }).length })));
  await page.close();
  const sum = (list) => list.reduce((a, b) => a + b.size, 0) / 1024;
  return { kb: sum(sizes.filter((s) => !s.late)), files: sizes.filter((s) => !s.late).length, idleKb: sum(sizes.filter((s) => s.late)) };
}

/**
 * Web font bytes a page downloads at its first load (woff2 is compressed already, so these are the
 * bytes sent): every font response until the network is idle, as for firstLoadJs. Pretendard is
 * split by unicode-range, so this is the subsets the page's own text needs.
 */
async function firstLoadFonts(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const bodies = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'font') bodies.push(res.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(BASE + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const sizes = await Promise.all(bodies.map(async (body) => (await body).length));
  const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
  await page.close();
  return { kb: sizes.reduce((a, b) => a + b, 0) / 1024, files: sizes.length, faces };
}

async function vitals(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Entries are read with takeRecords() as well: at 4x CPU the observers' callbacks can still be
  // queued when the page is read (the document still parsing), which read as no LCP at all (0 ms).
  await page.addInitScript(() => {
    const v = { lcp: 0, cls: 0 };
    const take = {
      lcp: (entries) => entries.forEach((e) => (v.lcp = e.startTime)),
      cls: (entries) => entries.forEach((e) => (v.cls += e.hadRecentInput ? 0 : e.value)),
    };
    const lcp = new PerformanceObserver((l) => take.lcp(l.getEntries()));
    lcp.observe({ type: 'largest-contentful-paint', buffered: true });
    const cls = new PerformanceObserver((l) => take.cls(l.getEntries()));
    cls.observe({ type: 'layout-shift', buffered: true });
    window.__vitals = () => {
      take.lcp(lcp.takeRecords());
      take.cls(cls.takeRecords());
      return v;
    };
  });
  await page.goto(BASE + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => window.__vitals());
  await context.close();
  return result;
}

/**
 * From the pointer entering 인피니밴드 to its popover's content being painted (`shown`), and to its
 * last change of size (`stable`: the same as shown when nothing grows after it is shown); `growth`
 * is how many pixels taller it got after its first painted frame (watched for a second).
 */
async function popoverLatency() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}${READER}?view=side`, { waitUntil: 'networkidle' });
  const term = page.locator('[lang="ko"] a.term[data-term="infiniband"]').first();
  await term.scrollIntoViewIfNeeded();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.mouse.move(5, 5);
    await page
      .getByRole('dialog')
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.evaluate(() => {
      window.__pop = new Promise((resolve) => {
        const target = document.querySelector('[lang="ko"] a.term[data-term="infiniband"]');
        let entered = 0;
        target.addEventListener(
          'pointerover',
          () => {
            entered ||= performance.now();
          },
          { once: true },
        );
        new MutationObserver((_, observer) => {
          const dialog = document.querySelector('[role="dialog"]');
          if (!dialog?.textContent?.includes('InfiniBand')) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              const shown = performance.now() - entered;
              const first = dialog.getBoundingClientRect().height;
              let stable = shown;
              let growth = 0;
              const sizes = new ResizeObserver(() => {
                const height = dialog.getBoundingClientRect().height;
                if (height !== first) stable = performance.now() - entered;
                growth = Math.max(growth, height - first);
              });
              sizes.observe(dialog);
              setTimeout(() => {
                sizes.disconnect();
                resolve({ shown, stable, growth });
              }, 1000);
            }, 0),
          );
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    await term.hover();
    times.push(await page.evaluate(() => window.__pop));
  }
  await page.close();
  return times;
}

/** From the grade key (3) to the next card painted, on the practice page. */
async function gradingLatency() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${BASE}/en/practice`, { waitUntil: 'networkidle' });
  const times = [];
  for (let i = 0; i < 10; i++) {
    // A recognition card turns with Space; a recall card (English → Korean) is answered by typing.
    const card = page.getByRole('group', { name: /Korean → English|English → Korean/ });
    if (/English → Korean/.test((await card.getAttribute('aria-label')) ?? '')) {
      const answer = card.getByRole('textbox', { name: 'Type the Korean' });
      await answer.fill('모름');
      await answer.press('Enter');
    } else {
      await card.focus();
      await page.keyboard.press('Space');
    }
    await card.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    await page.evaluate(() => {
      const before = document.querySelector('[aria-roledescription="flashcard"]')?.textContent;
      window.__grade = new Promise((resolve) => {
        let pressed = 0;
        document.addEventListener(
          'keydown',
          () => {
            pressed = performance.now();
          },
          { capture: true, once: true },
        );
        new MutationObserver((_, observer) => {
          const now = document.querySelector('[aria-roledescription="flashcard"]')?.textContent;
          if (pressed && now !== before) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed), 0));
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.keyboard.press('3');
    times.push(await page.evaluate(() => window.__grade));
  }
  await page.close();
  return times;
}

/** Gzipped JS the reader fetches when the Audio button is pressed: the player, kept out of the first load. */
async function audioPlayerJs() {
  const page = await browser.newPage();
  await page.goto(BASE + READER, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const bodies = [];
  page.on('response', (res) => res.request().resourceType() === 'script' && bodies.push(res.body().catch(() => Buffer.alloc(0))));
  await page.getByRole('button', { name: 'Audio', exact: true }).click();
  await page.getByRole('region', { name: 'Audio player' }).waitFor();
  await page.waitForLoadState('networkidle');
  const kb = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024;
  await page.close();
  return { kb, files: bodies.length };
}

const readerJs = await firstLoadJs(READER);
const audioJs = await audioPlayerJs();
const readerFonts = await firstLoadFonts(READER);
const readerFontsKo = await firstLoadFonts(READER.replace('/en/', '/ko/'));
const practiceJs = await firstLoadJs('/en/practice');
const importJs = await firstLoadJs('/en/import');
const grading = await gradingLatency();
const libraryJs = await firstLoadJs('/en');
const html = gzipSync(Buffer.from(await (await fetch(BASE + READER)).arrayBuffer()), { level: 9 }).length / 1024;
const words = gzipSync(Buffer.from(await (await fetch(`${BASE}${READER}/words.json`)).arrayBuffer()), { level: 9 }).length / 1024;
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await vitals(READER));
const popover = await popoverLatency();
const ttfb = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await (await fetch(BASE + READER)).text();
  ttfb.push(performance.now() - t);
}
await browser.close();

// Issue 13, goal 1: the reader against a static file of the same server, 10 connections for 8 s each,
// in one run. Both pass through proxy.ts. The reader as a first visit (the build's page), and with
// settings in the URL (rendered per request) for comparison.
const rate = async (path) => {
  const result = await autocannon({ url: BASE + path, connections: 10, duration: 8 });
  return { rps: result.requests.average, p50: result.latency.p50, errors: result.errors + result.non2xx };
};
const staticFile = await rate('/licenses/Pretendard-OFL.txt');
const readerRate = await rate(READER);
const personalRate = await rate(`${READER}?view=ko`);
stop();

row(
  'Reader page vs a static file, 10 connections x 8 s',
  `${readerRate.rps.toFixed(0)} req/s (p50 ${readerRate.p50} ms) vs ${staticFile.rps.toFixed(0)} req/s (p50 ${staticFile.p50} ms); errors ${readerRate.errors + staticFile.errors}`,
);
row(
  '  reader / static file',
  `1/${(staticFile.rps / readerRate.rps).toFixed(1)} (${((readerRate.rps / staticFile.rps) * 100).toFixed(1)} %)`,
  (readerRate.rps / staticFile.rps) * 100,
  33.3,
  '% (1/3)',
  'higher',
);
row(
  '  with settings in the URL (rendered per request), for comparison',
  `${personalRate.rps.toFixed(0)} req/s, 1/${(staticFile.rps / personalRate.rps).toFixed(0)} of the file`,
);

analyseLoad();

const OPEN_DELAY = 250;
row(
  'Reader first-load JS (gzip)',
  `${readerJs.kb.toFixed(1)} KB in ${readerJs.files} files; +${readerJs.idleKb.toFixed(1)} KB when idle`,
  readerJs.kb,
  160,
  'KB',
);
row(
  'Reader font bytes at first load (Pretendard subsets)',
  `${readerFonts.kb.toFixed(1)} KB in ${readerFonts.files} files (${readerFonts.faces} faces loaded); Korean UI ${readerFontsKo.kb.toFixed(1)} KB in ${readerFontsKo.files}`,
  Math.max(readerFonts.kb, readerFontsKo.kb),
  300,
  'KB',
);
row('  audio player, loaded when asked for (not in the first load)', `+${audioJs.kb.toFixed(1)} KB in ${audioJs.files} files`);
row('  library page, same run', `${libraryJs.kb.toFixed(1)} KB; reader/library = ${(readerJs.kb / libraryJs.kb).toFixed(3)}`);
row(
  'Practice page first-load JS (gzip)',
  `${practiceJs.kb.toFixed(1)} KB (+${practiceJs.idleKb.toFixed(1)} idle); library same run ${libraryJs.kb.toFixed(1)} KB (+${(practiceJs.kb - libraryJs.kb).toFixed(1)})`,
  practiceJs.kb,
  175,
  'KB (135 floor + 40)',
);
row(
  'Import page first-load JS (gzip)',
  `${importJs.kb.toFixed(1)} KB (+${importJs.idleKb.toFixed(1)} idle); library same run ${libraryJs.kb.toFixed(1)} KB (+${(importJs.kb - libraryJs.kb).toFixed(1)})`,
  importJs.kb,
  175,
  'KB (135 floor + 40)',
);
row(
  'Grading: key press to next card painted (median of 10)',
  `${median(grading).toFixed(1)} ms (max ${Math.max(...grading).toFixed(1)})`,
  median(grading),
  50,
  'ms',
);
row('Reader HTML (gzip)', `${html.toFixed(1)} KB`, html, 60, 'KB');
row('  word popover data, fetched when idle (gzip)', `${words.toFixed(1)} KB`, words, 40, 'KB');
row(
  `Reader LCP, 4x CPU throttle (median of ${RUNS})`,
  `${median(runs.map((r) => r.lcp)).toFixed(0)} ms (runs ${runs.map((r) => r.lcp.toFixed(0)).join(', ')})`,
  median(runs.map((r) => r.lcp)),
  1000,
  'ms',
);
row(
  `Reader CLS (max of ${RUNS} loads)`,
  `${Math.max(...runs.map((r) => r.cls)).toFixed(4)} (loads with any shift: ${runs.filter((r) => r.cls > 0).length} of ${RUNS})`,
  Math.max(...runs.map((r) => r.cls)),
  0,
  '',
);
row('Popover hover-intent delay', `${OPEN_DELAY} ms`, OPEN_DELAY, 300, 'ms');
const shown = popover.map((p) => p.shown);
const stable = popover.map((p) => p.stable);
row(
  `Popover shown after the delay (median of ${RUNS})`,
  `${(median(shown) - OPEN_DELAY).toFixed(0)} ms (hover to paint: ${shown.map((t) => t.toFixed(0)).join(', ')} ms)`,
  median(shown) - OPEN_DELAY,
  100,
  'ms',
);
row(
  `Popover open to stable, after the delay (median of ${RUNS})`,
  `${(median(stable) - OPEN_DELAY).toFixed(0)} ms (hover to last change of size: ${stable.map((t) => t.toFixed(0)).join(', ')} ms)`,
  median(stable) - OPEN_DELAY,
  100,
  'ms',
);
row(
  `  popover growth after shown (max of ${RUNS})`,
  `${Math.max(...popover.map((p) => p.growth)).toFixed(0)} px`,
  Math.max(...popover.map((p) => p.growth)),
  0,
  'px',
);
row('  reader server response (median of 20)', `${median(ttfb).toFixed(1)} ms`);

/**
 * The analyse route under load (scripts/bench-load.mjs), on its own server (rate limit lifted):
 * issue 13's "lean analysis" goals, each with its figure and its ratio to the budget.
 */
function analyseLoad() {
  const load = JSON.parse(execFileSync('node', ['scripts/bench-load.mjs'], { encoding: 'utf8', env }).trim().split('\n').pop());
  const ratio = (value, budget) =>
    `${value.toLocaleString('en', { maximumFractionDigits: 1 })} (${((value / budget) * 100).toFixed(0)} % of the budget)`;
  row(
    `/api/analyse, 20 clients x 10 s, ${load.chars}-char Korean`,
    `${load.rps.toFixed(1)} req/s, p50 ${load.p50} ms, ${load.requests} requests`,
  );
  row('  p99 latency, ms', ratio(load.p99, 300), load.p99, 300, 'ms');
  row('  errors', String(load.errors), load.errors, 0, '');
  row('  peak server RSS under that load, MB', `${ratio(load.peak, 600)}; idle ${load.idle.toFixed(0)} MB`, load.peak, 600, 'MB');
  row(
    '  RSS after 1,000 more requests vs after 100',
    `${load.after1000.toFixed(0)} MB vs ${load.after100.toFixed(0)} MB (${(((load.after1000 - load.after100) / load.after100) * 100).toFixed(1)} %)`,
    ((load.after1000 - load.after100) / load.after100) * 100,
    10,
    '%',
  );
  row(
    `  JSON answered for ${load.longChars.toLocaleString('en')} chars, KB`,
    load.longKb === null ? 'no answer' : ratio(load.longKb, 600),
    load.longKb ?? Number.POSITIVE_INFINITY,
    600,
    'KB',
  );
}

/** Prints every row against its budget; exits 1 when one is over. */
function report() {
  let over = 0;
  for (const { name, shown, value, budget, unit, better } of rows) {
    let verdict = '';
    if (value !== null && budget !== null) {
      const ok = better === 'higher' ? value >= budget : better === 'equal' ? value === budget : value <= budget;
      if (!ok) over++;
      verdict = ok ? `ok (budget ${better === 'higher' ? '≥' : '≤'} ${budget} ${unit})` : `OVER BUDGET (${budget} ${unit})`;
    }
    console.log(`${name.padEnd(52)} ${String(shown).padEnd(58)} ${verdict}`);
  }
  process.exit(over ? 1 : 0);
}

// Long texts in pages, and build and start as articles are added: last, for it builds twice
// (scripts/bench-pages.mjs, which runs alone too; it leaves .next built with the long articles).
rows.push(...(await benchPages()));
report();
