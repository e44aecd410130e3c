import { describe, expect, it } from 'vitest';
import { compileEnglishTerms, linkEnglish, matchesQuery, searchKey, toAnkiTsv, toCsv, validateGlossary, type GlossaryEntry } from './index';

const entry = (over: Partial<GlossaryEntry> & { id: string }): GlossaryEntry => ({
  headword: over.id, aliases: [], english: over.id, englishAliases: [], romanization: over.id, category: 'concept',
  definition: { en: 'A definition.', ko: '뜻풀이이다.' }, related: [], ...over,
});

const infiniband = entry({ id: 'infiniband', headword: '인피니밴드', english: 'InfiniBand', romanization: 'inpinibaendeu', category: 'technology' });
const blackwell = entry({ id: 'blackwell-ultra', headword: '블랙웰 울트라', english: 'Blackwell Ultra', romanization: 'beullaegwel ulteura', category: 'product' });
const file = (data: object, name = (data as { id?: string }).id ?? 'x') => ({ file: `glossary/${name}.yaml`, data });

describe('validateGlossary', () => {
  it('accepts valid entries and sorts them by id', () => {
    const { entries, warnings } = validateGlossary([file(infiniband), file(blackwell)], ['인피니밴드 InfiniBand']);
    expect(entries.map((e) => e.id)).toEqual(['blackwell-ultra', 'infiniband']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a missing field', [file({ ...infiniband, definition: undefined })], 'glossary/infiniband.yaml (entry "infiniband"): definition: is missing'],
    ['an empty definition', [file({ ...infiniband, definition: { en: ' ', ko: '뜻' } })], 'glossary/infiniband.yaml (entry "infiniband"): definition.en: must not be empty'],
    ['an unknown category', [file({ ...infiniband, category: 'gadget' })], 'glossary/infiniband.yaml (entry "infiniband"): category:'],
    ['an unknown field', [file({ ...infiniband, colour: 'blue' })], 'glossary/infiniband.yaml (entry "infiniband"): entry: Unrecognized key: "colour"'],
    ['an id that is not the file name', [file(infiniband, 'other')], 'glossary/other.yaml (entry "infiniband"): the id must match the file name "other"'],
    ['a duplicate id', [file(infiniband), { file: 'glossary/infiniband.yml', data: infiniband }], 'glossary/infiniband.yml (entry "infiniband"): duplicate id'],
    ['a Korean alias used twice', [file(infiniband), file(entry({ id: 'ib', aliases: ['인피니밴드'] }))], 'glossary/ib.yaml (entry "ib"): alias "인피니밴드" is already used by entry "infiniband"'],
    ['an English alias used twice', [file(infiniband), file(entry({ id: 'ib', englishAliases: ['infiniband'] }))], 'glossary/ib.yaml (entry "ib"): alias "infiniband" is already used by entry "infiniband"'],
    ['an unknown related id', [file({ ...infiniband, related: ['nvidia'] })], 'glossary/infiniband.yaml (entry "infiniband"): related id "nvidia" is not in the glossary'],
  ])('rejects %s, naming file and entry', (_name, files, message) => {
    expect(() => validateGlossary(files)).toThrow(message);
  });

  it('warns about an alias that matches no text anywhere', () => {
    const { warnings } = validateGlossary([file({ ...infiniband, aliases: ['인피니 밴드'] })], ['인피니밴드로 연결']);
    expect(warnings).toEqual(['glossary/infiniband.yaml (entry "infiniband"): Korean alias "인피니 밴드" matches no text in any article']);
  });
});

describe('linkEnglish', () => {
  const phrases = compileEnglishTerms([
    infiniband, blackwell,
    entry({ id: 'server', english: 'server' }),
    entry({ id: 'ai', english: 'AI', englishAliases: ['artificial intelligence'] }),
    entry({ id: 'ai-factory', english: 'AI factory' }),
    entry({ id: 'data-center', english: 'data center', englishAliases: ['data centre'] }),
    entry({ id: 'microsoft', english: 'Microsoft' }),
  ]);
  const links = (text: string) => linkEnglish(text, phrases).filter((s) => s.termId).map((s) => [s.termId, s.text]);

  it.each([
    ['linked by InfiniBand, Nvidia’s', [['infiniband', 'InfiniBand']]],
    ['INFINIBAND and infiniband', [['infiniband', 'INFINIBAND'], ['infiniband', 'infiniband']]],
    ['4,600 servers', [['server', 'servers']]],
    ['many AI factories', [['ai-factory', 'AI factories']]],
    ['its ‘first’ AI factory', [['ai-factory', 'AI factory']]],
    ['data centers and a data centre', [['data-center', 'data centers'], ['data-center', 'data centre']]],
    ['Microsoft’s artificial intelligence', [['microsoft', 'Microsoft'], ['ai', 'artificial intelligence']]],
    ['said it AIMS at serverless', []],
    ['Blackwell Ultra GPU', [['blackwell-ultra', 'Blackwell Ultra']]],
  ])('%s', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('keeps every character of the text', () => {
    const text = 'The AI factory is made of servers.';
    expect(linkEnglish(text, phrases).map((s) => s.text).join('')).toBe(text);
  });
});

describe('glossary search', () => {
  it.each([
    ['블랙', true], ['블랙ㅇ', true], ['울트라', true], ['beullaegwel', true], ['blackwell', true], ['BLACKWELL ultra', true],
    ['블랙웰울트라', true], ['인피니', false], ['', true],
  ])('블랙웰 울트라 matches %s: %s', (query, expected) => {
    expect(matchesQuery(searchKey(blackwell), query)).toBe(expected);
  });
});

describe('downloads', () => {
  const tricky = entry({ id: 'x', headword: '쉼표, "따옴표"', english: '=SUM(1)', definition: { en: 'Line\nbreak\tand tab.', ko: '뜻.' } });

  it('CSV quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv([tricky]);
    expect(csv.startsWith('\uFEFFid,korean,romanization,english,')).toBe(true);
    expect(csv).toContain(`x,"쉼표, ""따옴표""",x,'=SUM(1),concept`);
    expect(csv).toContain('"Line\nbreak\tand tab."');
  });

  it('the Anki TSV has headers and one line per entry, without tabs inside fields', () => {
    const lines = toAnkiTsv([tricky, infiniband]).trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
    expect(lines.slice(4).map((line) => line.split('\t').length)).toEqual([6, 6]);
    expect(lines[5]).toBe('인피니밴드\tinpinibaendeu\tInfiniBand\tA definition.\t뜻풀이이다.\thanyeong technology');
  });
});
