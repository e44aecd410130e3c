// The reader's learning loop in a real browser (part of `npm run bench`): a status key to the word's
// new status painted, and "mark the rest as known" (and its undo) on a full page of a long text.
// Alone, against a running server: `node scripts/bench-reading.mjs http://127.0.0.1:3000 /en/read/<slug> [/en/read/<long slug>]`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './ensure-chromium.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Opens a reader page with status colours on, once every word shows its status. */
async function openReader(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}view=side&st=1`, { waitUntil: 'networkidle' });
  await page.locator('[lang="ko"] .w[data-status]').first().waitFor({ state: 'attached' });
  return page;
}

/**
 * From the key (2 or 3, in turn) to the pointed-at word's new status painted (the next frame after
 * the change, as the grading row measures it), `runs` times on one word with its popover open.
 */
export async function statusKeyLatency(browser, url, runs = 20) {
  const page = await openReader(browser, url);
  const word = page.locator('[lang="ko"] .w[data-status]').nth(40);
  await word.scrollIntoViewIfNeeded();
  await word.hover();
  await page.waitForTimeout(600); // the popover opens on hover: let it, so that it is not part of the figure
  await word.evaluate((el) => (window.__word = el));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const [key, status] = i % 2 ? ['2', 'learning'] : ['3', 'known'];
    await page.evaluate((status) => {
      window.__painted = new Promise((resolve) => {
        let pressed = 0;
        document.addEventListener('keydown', () => (pressed = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (!pressed || window.__word.dataset.status !== status) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed), 0));
        }).observe(window.__word, { attributes: true, attributeFilter: ['data-status'] });
      });
    }, status);
    await page.keyboard.press(key);
    times.push(await page.evaluate(() => window.__painted));
    await page.waitForTimeout(100); // the write to storage settles
  }
  await page.close();
  return times;
}

/** Clicks `button` and resolves with the time from the click to the frame after `done()` holds (checked on each status change). */
async function clickToPainted(page, button, done) {
  await page.evaluate((done) => {
    const check = new Function('root', `return (${done})(root)`);
    window.__painted = new Promise((resolve) => {
      const root = document.querySelector('[data-reader]');
      let clicked = 0;
      document.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!clicked || !check(root)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked), 0));
      }).observe(root, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
    });
  }, done.toString());
  await button.click();
  return page.evaluate(() => window.__painted);
}

/** The seed article's paragraphs, `times` over: a text with no headings, so that its pages are as full as paging allows. */
function seedParagraphs(times) {
  const paragraphs = new Map();
  for (const line of readFileSync('content/articles/microsoft-ai-datacenters/ko.txt', 'utf8').split('\n')) {
    const m = /^(p\d+)-\d+ \| (.*)$/.exec(line);
    if (m) paragraphs.set(m[1], `${paragraphs.get(m[1]) ?? ''} ${m[2]}`.trim());
  }
  return Array.from({ length: times }, () => [...paragraphs.values()].join('\n\n')).join('\n\n');
}

/**
 * Pastes the seed's paragraphs three times over (about 1,700 Korean words) into the import form and
 * opens the text: its first page is as full as a page gets (lib/paging: at most 1,200 words; an
 * article's pages end early at its section headings).
 */
async function openImportedText(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/en/import`);
  await page.getByRole('textbox', { name: 'Korean text' }).fill(seedParagraphs(3));
  // The analysis has a deadline (5 s): on a busy machine the first try may miss it and say so; try again.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: 'Read it' }).click();
    try {
      await page.waitForURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 60_000 });
      break;
    } catch (error) {
      const said = (await page.getByRole('alert').allTextContents()).join(' ');
      if (attempt === 3) throw new Error(`the import did not open: ${said || error.message}`);
    }
  }
  await page.goto(`${page.url()}?st=1`, { waitUntil: 'networkidle' });
  await page.locator('[lang="ko"] .w[data-status]').first().waitFor({ state: 'attached' });
  return page;
}

/**
 * "Mark the rest as known" on an open reader page where every word is new, from the click to every
 * word painted known, then its undo to every word new again; `runs` times each, alternating.
 */
export async function markKnownLatency(page, runs = 7) {
  const words = await page.locator('[lang="ko"] .w[data-e]').count();
  const coloured = await page.locator('[lang="ko"] .w[data-status="new"]').count();
  const mark = page.getByRole('button', { name: /remaining new words? as known$/ });
  const marked = Number(/\d+/.exec((await mark.textContent()) ?? '')?.[0]);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const times = [];
  const undoTimes = [];
  for (let i = 0; i < runs; i++) {
    times.push(await clickToPainted(page, mark, (root) => !root.querySelector('[lang="ko"] .w[data-status="new"]')));
    undoTimes.push(await clickToPainted(page, undo, (root) => !root.querySelector('[lang="ko"] .w[data-status="known"]')));
    await page.waitForTimeout(100);
  }
  await page.close();
  return { words, coloured, marked, times, undoTimes };
}

/**
 * The rows: a status key on `base + keyPath`; "mark the rest as known" on the first page of a long
 * imported text (the fullest page there is) and on `base + markPath` (a page of a long article).
 */
export async function benchReadingLoop(base, keyPath, markPath) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows = [];
  const row = (name, shown, value = null, budget = null, unit = '', better = 'lower') =>
    rows.push({ name, shown, value, budget, unit, better });
  const markRows = (where, mark) => {
    row(
      `Mark the rest known, ${where} (${mark.words.toLocaleString('en')} Korean words; median of ${mark.times.length})`,
      `${median(mark.times).toFixed(1)} ms for ${mark.marked} words, ${mark.coloured} painted (max ${Math.max(...mark.times).toFixed(1)})`,
      median(mark.times),
      100,
      'ms',
    );
    row(
      '  and its undo, same page',
      `${median(mark.undoTimes).toFixed(1)} ms (max ${Math.max(...mark.undoTimes).toFixed(1)})`,
      median(mark.undoTimes),
      100,
      'ms',
    );
  };
  try {
    const keys = await statusKeyLatency(browser, base + keyPath);
    row(
      `Status key to status painted (median of ${keys.length})`,
      `${median(keys).toFixed(1)} ms (max ${Math.max(...keys).toFixed(1)})`,
      median(keys),
      50,
      'ms',
    );
    markRows('imported text, page 1', await markKnownLatency(await openImportedText(browser, base)));
    markRows('long article, page 1', await markKnownLatency(await openReader(browser, base + markPath)));
  } finally {
    await browser.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base, keyPath = '/en/read/microsoft-ai-datacenters', markPath = keyPath] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node scripts/bench-reading.mjs <base url> [key path] [mark path]');
    process.exit(2);
  }
  for (const { name, shown, value, budget, unit } of await benchReadingLoop(base, keyPath, markPath))
    console.log(
      `${name.padEnd(52)} ${String(shown).padEnd(58)} ${value === null ? '' : value <= budget ? `ok (budget ≤ ${budget} ${unit})` : `OVER BUDGET (${budget} ${unit})`}`,
    );
}
