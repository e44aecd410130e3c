import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLongArticles } from '../../scripts/long-article.mjs';

// A long article beside the seed (three times the seed: several pages), read by the corpus as `npm test` does.
const dir = mkdtempSync(path.join(tmpdir(), 'hanyeong-long-'));
writeLongArticles(dir, 1, 3);
process.env.HANYEONG_EXTRA_CONTENT = dir;
const { getCorpus, buildClozeItems, buildParticleItems, buildRoleItems } = await import('.');
const { pageOfSegment, pagesOf } = await import('@/lib/paging');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('practice links to a sentence of a long article', () => {
  const corpus = getCorpus();
  const long = corpus.articles.find((a) => a.slug === 'long-article-1')!;
  const items = [...buildClozeItems(corpus), ...buildParticleItems(corpus), ...buildRoleItems(corpus)];

  it('lead to the page that holds the sentence (?page=N past page 1), in every drill', () => {
    const fromLong = items.filter((item) => item.slug === long.slug);
    expect(fromLong.length).toBeGreaterThan(10);
    for (const item of fromLong) {
      const page = pageOfSegment(long, item.sid);
      expect(item.href, item.id).toBe(page > 1 ? `/read/${long.slug}?page=${page}` : `/read/${long.slug}`);
    }
    expect(pagesOf(long).length).toBeGreaterThan(1);
    expect(fromLong.some((item) => item.href.endsWith(`?page=${pagesOf(long).length}`))).toBe(true);
  });

  it('stay plain for a one-page article', () => {
    for (const item of items.filter((i) => i.slug === 'microsoft-ai-datacenters')) expect(item.href).toBe('/read/microsoft-ai-datacenters');
  });
});
