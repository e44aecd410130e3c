import path from 'node:path';

/** The published articles: one folder per article. */
export const CONTENT_ROOT = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'articles');

/**
 * Where articles are read from: content/articles, then each folder in HANYEONG_EXTRA_CONTENT
 * (separated by the path delimiter). Tests and the bench set it to generated long articles
 * (scripts/long-article.mjs), so those are built and served without being part of the app;
 * set it for both `next build` and `next start`. e.g. contentRoots() → ['/app/content/articles']
 */
export function contentRoots(): string[] {
  const extra = (process.env.HANYEONG_EXTRA_CONTENT ?? '').split(path.delimiter).filter(Boolean);
  return [CONTENT_ROOT, ...extra.map((dir) => path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir))];
}
