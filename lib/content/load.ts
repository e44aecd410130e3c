import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { parseLanguageFile } from './parse';
import { pairArticle } from './pair';
import { metaSchema, type Article } from './schema';

export const CONTENT_ROOT = path.join(process.cwd(), 'content', 'articles');

const cache = new Map<string, Article[]>();

/**
 * Reads and validates every article folder under `root` (one folder per article:
 * article.json, ko.txt, en.txt), sorted by slug. Read once per process.
 * e.g. loadArticles() → [{ slug: 'microsoft-ai-datacenters', … }]
 */
export function loadArticles(root: string = CONTENT_ROOT): Article[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const slugs = readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const articles = slugs.map((slug) => loadArticle(root, slug));
  cache.set(root, articles);
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
