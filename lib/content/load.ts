import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { parseLanguageFile } from './parse';
import { pairArticle } from './pair';
import { contentRoots } from './roots';
import { metaSchema, type Article } from './schema';

const cache = new Map<string, Article[]>();

/**
 * Reads and validates every article folder under `root` (one folder per article:
 * article.json, ko.txt, en.txt), sorted by slug. Read once per process. Without a root, the
 * folders of every content root (content/articles, then HANYEONG_EXTRA_CONTENT; see roots.ts),
 * each root's sorted by slug: the published articles come first.
 * e.g. loadArticles() → [{ slug: 'microsoft-ai-datacenters', … }]
 */
export function loadArticles(root?: string): Article[] {
  const roots = root === undefined ? contentRoots() : [root];
  const key = roots.join('\n');
  const cached = cache.get(key);
  if (cached) return cached;
  const found = new Map<string, string>();
  for (const dir of roots) {
    const slugs = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const slug of slugs) {
      const other = found.get(slug);
      const rel = (base: string) => path.relative(process.cwd(), path.join(base, slug));
      if (other) throw new ContentError(rel(dir), `the slug is taken by ${rel(other)}`);
      found.set(slug, dir);
    }
  }
  const articles = [...found].map(([slug, dir]) => loadArticle(dir, slug));
  cache.set(key, articles);
  return articles;
}

function loadArticle(root: string, slug: string): Article {
  const dir = path.join(/*turbopackIgnore: true*/ root, slug);
  const rel = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ContentError(rel(''), 'an article folder name is its URL slug: lowercase letters, digits and hyphens');
  }
  for (const name of ['article.json', 'ko.txt', 'en.txt']) {
    if (!existsSync(path.join(/*turbopackIgnore: true*/ dir, name))) throw new ContentError(rel(name), 'file is missing');
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ dir, 'article.json'), 'utf8'));
  } catch (error) {
    throw new ContentError(rel('article.json'), `not valid JSON (${(error as Error).message})`);
  }
  const meta = metaSchema.safeParse(json);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new ContentError(rel('article.json'), `${issue?.path.join('.') || 'entry'}: ${issue?.message}`);
  }
  const read = (name: string) => ({ file: rel(name), ...parseLanguageFile(readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8'), rel(name)) });
  return pairArticle(slug, meta.data, read('ko.txt'), read('en.txt'));
}
