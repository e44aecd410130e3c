import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, parseLanguageFile } from './index';

const fixtures = path.join(__dirname, 'fixtures');
const invalid = (name: string) => () => loadArticles(path.join(fixtures, 'invalid', name));

describe('loadArticles with valid fixtures', () => {
  const articles = loadArticles(path.join(fixtures, 'valid'));

  it('finds every article folder, with no code change per article', () => {
    expect(articles.map((a) => a.slug)).toEqual(['seoul-spring', 'short-note']);
  });

  it('pairs Korean and English by id, paragraph by paragraph', () => {
    const [spring] = articles;
    expect(spring?.title).toEqual({ id: 'title', ko: '서울의 봄', en: 'Spring in Seoul' });
    expect(spring?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'figure', 'paragraph']);
    expect(spring?.blocks[0]).toEqual({
      kind: 'paragraph',
      id: 'para-1',
      sentences: [
        { id: 'p01-1', ko: '서울은 봄이 아름답습니다.', en: 'Seoul is beautiful in spring.' },
        { id: 'p01-2', ko: '벚꽃이 핍니다.', en: 'The cherry blossoms bloom.' },
      ],
    });
    expect(spring?.sentenceCount).toBe(3);
    expect(spring?.readingMinutes).toBe(1);
    expect(spring?.meta.source).toBe('https://example.com/a');
  });
});

describe('loadArticles rejects invalid content, naming file and entry', () => {
  it.each([
    ['mismatched-id', /en\.txt:4: sentence "p01-3" stands where .*ko\.txt has sentence "p01-2"/],
    ['missing-sentence', /en\.txt: sentence "p02-1" of .*ko\.txt \(line 10\) is missing here/],
    ['empty-sentence', /ko\.txt:4: entry "p01-2": the text is empty/],
    ['duplicate-id', /ko\.txt:10: duplicate id "p01-1" \(first used on line 3\)/],
    ['paragraphs-differ', /en\.txt:5: sentence "p01-2" is grouped into paragraphs differently/],
    ['bad-line', /ko\.txt:10: expected "<id> \| <text>"/],
    ['bad-meta', /article\.json: source: source must be the URL/],
    ['missing-file', /invalid\/missing-file\/a\/en\.txt: file is missing/],
    ['bad-id', /ko\.txt:10: entry "P02_1": an id is lowercase/],
    ['no-title', /ko\.txt: the first line must be the title/],
  ])('%s', (name, message) => {
    expect(invalid(name)).toThrow(message);
  });
});

describe('parseLanguageFile', () => {
  it.each([
    ['# title | 제목', [{ kind: 'title', id: 'title' }]],
    ['## h1 | 소제목', [{ kind: 'heading', id: 'h1' }]],
    ['! fig1 | 그림', [{ kind: 'figure', id: 'fig1' }]],
  ])('reads the marker of "%s"', (line, expected) => {
    expect(parseLanguageFile(line, 'x.txt').map((b) => ('line' in b ? { kind: b.kind, id: b.line.id } : b))).toEqual(expected);
  });

  it('keeps a bar inside the text: "p01-1 | 1 | 2"', () => {
    const [block] = parseLanguageFile('p01-1 | A | B', 'x.txt');
    expect(block?.kind === 'paragraph' && block.lines[0]?.text).toBe('A | B');
  });

  it('rejects an unknown marker "### h1 | …"', () => {
    expect(() => parseLanguageFile('### h1 | x', 'x.txt')).toThrow('x.txt:1: unknown line marker "### h1"');
  });
});
