import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairArticle, parseLanguageFile, type Article, type Block } from '@/lib/content';
import { repeatLanguageFile, SEED } from '@/scripts/long-article.mjs';
import { articlePage, countWords, idsOf, pageOfSegment, pagesOf, PAGE_WORDS, parsePage, readerPathOf, splitPages } from '.';

/** The seed article `times` over, as the loader would read it (ids of copy k prefixed "c<k>-"). */
function seedTimes(times: number): Article {
  const read = (lang: 'ko' | 'en') => {
    const file = `${SEED}/${lang}.txt`;
    return {
      file,
      ...parseLanguageFile(repeatLanguageFile(readFileSync(file, 'utf8'), times, lang === 'ko' ? '긴 글' : 'Long text'), file),
    };
  };
  return pairArticle(`seed-${times}`, { source: 'https://example.com/' }, read('ko'), read('en'));
}

const seed = seedTimes(1);
const long = seedTimes(10);
const wordsOfPage = (page: Block[]) =>
  page.reduce((n, b) => n + (b.kind === 'paragraph' ? b.sentences.reduce((m, s) => m + countWords(s.ko), 0) : countWords(b.segment.ko)), 0);
const sentence = (id: string, words: number) => ({ id, ko: Array.from({ length: words }, () => '단어').join(' '), en: 'word' });
const para = (id: string, ...sentences: ReturnType<typeof sentence>[]): Block => ({ kind: 'paragraph', id, sentences });
const heading = (id: string): Block => ({ kind: 'heading', segment: { id, ko: '제목', en: 'Heading' } });

describe('splitPages', () => {
  it('keeps an article shorter than a page whole', () => {
    expect(pagesOf(seed)).toEqual([seed.blocks]);
    expect(splitPages([])).toEqual([[]]);
  });

  it('cuts ten seed articles into pages of at most a page of words, losing and repeating nothing', () => {
    const pages = pagesOf(long);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.flatMap(idsOf)).toEqual(long.blocks.flatMap((b) => idsOf([b])));
    for (const page of pages) expect(wordsOfPage(page)).toBeLessThanOrEqual(PAGE_WORDS);
  });

  it('never separates a heading from its first paragraph, and ends pages at section boundaries', () => {
    for (const page of pagesOf(long)) {
      // Each heading is followed, on its own page, by figures and then a paragraph.
      page.forEach((block, i) => {
        if (block.kind === 'heading') expect(page.slice(i + 1).find((b) => b.kind !== 'figure')?.kind).toBe('paragraph');
      });
    }
    // Every page after the first begins a section of the seed (its headings are every 100-odd words).
    for (const page of pagesOf(long).slice(1)) expect(page[0]!.kind).toBe('heading');
    const blocks = [para('a', sentence('a-1', 700)), heading('h1'), para('b', sentence('b-1', 600))];
    expect(splitPages(blocks, 1_000).map(idsOf)).toEqual([['a-1'], ['h1', 'b-1']]);
  });

  it('never splits a sentence: a paragraph longer than a page is cut between its sentences', () => {
    const blocks = [para('a', sentence('a-1', 400), sentence('a-2', 400), sentence('a-3', 400), sentence('a-4', 2_000))];
    expect(splitPages(blocks, 1_000).map(idsOf)).toEqual([['a-1', 'a-2'], ['a-3'], ['a-4']]);
  });

  it('cuts both languages at the same sentence ids, by the Korean alone', () => {
    const englishLonger: Block[] = long.blocks.map((b) =>
      b.kind === 'paragraph' ? { ...b, sentences: b.sentences.map((s) => ({ ...s, en: `${s.en} ${s.en} ${s.en}` })) } : b,
    );
    expect(splitPages(englishLonger).map(idsOf)).toEqual(pagesOf(long).map(idsOf));
    for (const page of pagesOf(long))
      for (const block of page) if (block.kind === 'paragraph') for (const s of block.sentences) expect(s.en).not.toBe('');
  });
});

describe('pages of an article', () => {
  it('finds the page of a sentence, heading or figure (the title is on page 1)', () => {
    const pages = pagesOf(long);
    const third = idsOf(pages[2]!);
    expect(pageOfSegment(long, third[0]!)).toBe(3);
    expect(pageOfSegment(long, third.at(-1)!)).toBe(3);
    expect(pageOfSegment(long, 'title')).toBe(1);
    expect(pageOfSegment(long, 'p01-1')).toBe(1);
  });

  it('links a sentence to the reader page that holds it, with no ?page for page 1', () => {
    const third = idsOf(pagesOf(long)[2]!);
    expect(readerPathOf(long, third[0]!)).toBe(`/read/${long.slug}?page=3`);
    expect(readerPathOf(long, 'p01-1')).toBe(`/read/${long.slug}`);
  });

  it('keeps the translator’s notes of a page’s sentences, with their numbers', () => {
    const pages = pagesOf(long).map((_, i) => articlePage(long, i + 1));
    expect(pages.flatMap((p) => p.notes.map((n) => n.number)).sort((a, b) => a - b)).toEqual(
      long.notes
        .flatMap((n) => (pages.filter((p) => p.notes.some((m) => m.id === n.id)).length > 1 ? [n.number, n.number] : [n.number]))
        .sort((a, b) => a - b),
    );
    for (const page of pages) {
      const ids = new Set(idsOf(page.blocks));
      for (const note of page.notes) for (const id of note.sentenceIds) expect(ids.has(id)).toBe(true);
    }
  });

  it.each([
    [undefined, 1],
    ['1', 1],
    ['3', 3],
    ['5', 5],
    ['6', null],
    ['0', null],
    ['03', null],
    ['-1', null],
    ['2.5', null],
    ['abc', null],
    ['', null],
    ['99999999999999999999', null],
    [['2', '3'], null],
  ] as const)('reads ?page=%j of a five-page text as %j', (value, page) => {
    expect(parsePage(value as string | string[] | undefined, 5)).toBe(page);
  });
});
