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

  it('pairs translator\'s notes by id and numbers them in reading order, whatever the file order', () => {
    const [spring, note] = articles;
    expect(spring?.notes).toEqual([
      { id: 'spring', number: 1, sentenceIds: ['p01-1'], ko: '봄은 3월부터 5월까지입니다.', en: 'Spring runs from March to May.' },
      {
        id: 'blossom',
        number: 2,
        sentenceIds: ['p01-2', 'p02-1'],
        ko: '벚꽃은 4월 초에 핍니다.',
        en: 'The cherry blossoms bloom in early April.',
      },
    ]);
    expect(note?.notes).toEqual([]);
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
    ['note-unknown-sentence', /ko\.txt:12: note "n1": "p09-1" is not a sentence id of this article/],
    ['note-on-heading', /ko\.txt:12: note "n1": "h1" is a heading; a note is attached to a sentence/],
    ['note-missing-language', /en\.txt: note "n1" of .*ko\.txt \(line 12\) is missing here/],
    ['note-missing-in-korean', /ko\.txt: note "n1" of .*en\.txt \(line 12\) is missing here/],
    ['note-empty-text', /en\.txt:12: note "n1": the text is empty/],
    ['note-no-sentence', /en\.txt:12: note "n1": a note names the sentence it belongs to/],
    ['note-targets-differ', /en\.txt:12: note "n1" is attached to p01-2 here but to p01-1 in .*ko\.txt \(line 12\)/],
    ['note-duplicate-id', /ko\.txt:13: duplicate note id "n1" \(first used on line 12\)/],
    ['note-bad-id', /ko\.txt:12: note "N1": an id is lowercase/],
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
    expect(parseLanguageFile(line, 'x.txt').blocks.map((b) => ('line' in b ? { kind: b.kind, id: b.line.id } : b))).toEqual(expected);
  });

  it.each([
    ['^ n1 p03-1 | 원문 오류', { id: 'n1', targets: ['p03-1'], text: '원문 오류', line: 1 }],
    ['^ n2 p05-2 p06-2 | A | B', { id: 'n2', targets: ['p05-2', 'p06-2'], text: 'A | B', line: 1 }],
  ])('reads the note line "%s"', (line, expected) => {
    expect(parseLanguageFile(line, 'x.txt')).toEqual({ blocks: [], notes: [expected] });
  });

  it('keeps a paragraph whole across a note line', () => {
    const { blocks } = parseLanguageFile('p01-1 | A\n^ n1 p01-1 | note\np01-2 | B', 'x.txt');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.id) : b.kind))).toEqual([['p01-1', 'p01-2']]);
  });

  it('rejects a note line without a note id: "^ | …"', () => {
    expect(() => parseLanguageFile('^ | x', 'x.txt')).toThrow('x.txt:1: a note line is "^ <note id> <sentence id> | <text>"');
  });

  it('keeps a bar inside the text: "p01-1 | 1 | 2"', () => {
    const [block] = parseLanguageFile('p01-1 | A | B', 'x.txt').blocks;
    expect(block?.kind === 'paragraph' && block.lines[0]?.text).toBe('A | B');
  });

  it('rejects an unknown marker "### h1 | …"', () => {
    expect(() => parseLanguageFile('### h1 | x', 'x.txt')).toThrow('x.txt:1: unknown line marker "### h1" (use #, ##, ! or ^)');
  });
});
