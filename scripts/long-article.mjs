// Long articles for tests and the bench, generated from the seed article and never committed:
// `node scripts/long-article.mjs <dir> [count=1] [times=10]` writes <dir>/long-article-1 … -<count>,
// each the seed article `times` over (copy k's ids prefixed "c<k>-") under a title of its own. The corpus
// loader reads <dir> beside content/articles when HANYEONG_EXTRA_CONTENT=<dir> (lib/content/roots.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = 'content/articles/microsoft-ai-datacenters';

/** One language file repeated `times` over, ids of copy k (k ≥ 2) prefixed "c<k>-"; `label`, if any, is the title. */
export function repeatLanguageFile(source, times, label) {
  const lines = source.split(/\r?\n/);
  const out = [];
  for (let k = 1; k <= times; k++) {
    for (const line of lines) {
      const bar = line.indexOf(' |');
      const head = line.slice(0, bar).trim().split(/\s+/);
      if (bar < 0 || line.startsWith('%')) {
        if (k === 1 || !line.startsWith('%')) out.push(k === 1 ? line : '');
        continue;
      }
      if (head[0] === '#') {
        if (k === 1) out.push(label ? `${line.slice(0, bar)} | ${label}` : line);
        continue;
      }
      const prefix = (id) => (k === 1 ? id : `c${k}-${id}`);
      const ids = ['##', '!', '^'].includes(head[0]) ? [head[0], ...head.slice(1).map(prefix)] : head.map(prefix);
      out.push(`${ids.join(' ')}${line.slice(bar)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Writes `count` long articles under `dir` (emptied first); returns their slugs. */
export function writeLongArticles(dir, count = 1, times = 10, seed = SEED) {
  rmSync(dir, { recursive: true, force: true });
  const slugs = [];
  for (let n = 1; n <= count; n++) {
    const slug = `long-article-${n}`;
    const out = path.join(dir, slug);
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'article.json'), readFileSync(path.join(seed, 'article.json')));
    for (const lang of ['ko', 'en']) {
      // An English title of its own (the library's cards and links tell it from the seed); the
      // Korean title is the seed's, so that the long article brings no word the seed has not.
      const label = lang === 'ko' ? null : `Long text ${n} (the article ${times} times over)`;
      writeFileSync(path.join(out, `${lang}.txt`), repeatLanguageFile(readFileSync(path.join(seed, `${lang}.txt`), 'utf8'), times, label));
    }
    slugs.push(slug);
  }
  return slugs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count = '1', times = '10'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/long-article.mjs <dir> [count] [times]');
    process.exit(1);
  }
  console.log(writeLongArticles(dir, Number(count), Number(times)).join('\n'));
}
