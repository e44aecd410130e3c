import { describe, expect, it } from 'vitest';
import { checkDuplicates, compileDictionary, derive, loadDictionary, lookUp, parseDictionaryFile, splitCompound } from './index';

const line = (...columns: string[]) => columns.join('\t');

describe('dictionary files: a bad line fails the build, naming file, line and reason', () => {
  it.each([
    [
      'four columns',
      line('반도체', 'noun', 'semiconductor', '半導體'),
      'lexicon/x.tsv:2 (entry "반도체"): expected 5 tab-separated columns, found 4',
    ],
    ['an empty sense', line('반도체', 'noun', 'semiconductor ;  ', '半導體', 'B'), 'a sense is empty'],
    ['four senses', line('가다', 'verb', 'to go ; to leave ; to attend ; to die', '-', 'A'), 'more than three senses'],
    ['a verb not in -다 form', line('먹어', 'verb', 'to eat', '-', 'A'), 'a verb or adjective is written in its -다 form'],
    ['hanja that are not ideographs', line('반도체', 'noun', 'semiconductor', 'ban-do-che', 'B'), 'hanja must be CJK ideographs only'],
    ['an unknown class', line('반도체', 'thing', 'semiconductor', '半導體', 'B'), 'the class must be one of'],
    ['an unknown level', line('반도체', 'noun', 'semiconductor', '半導體', 'D'), 'the level must be A, B or C'],
    ['a lemma with a space', line('자리 잡다', 'verb', 'to settle', '-', 'B'), 'one word of Hangul syllables'],
    ['an abbreviation in lower case', line('ktx', 'noun', 'Korea Train Express', '-', 'A'), 'an abbreviation in Latin capitals'],
    ['an abbreviation that is no noun', line('OK', 'interjection', 'okay', '-', 'A'), 'an abbreviation in Latin letters is a noun'],
  ])('%s', (_name, bad, message) => {
    expect(() => parseDictionaryFile(`% comment\n${bad}\n`, 'lexicon/x.tsv')).toThrow(message);
  });

  it('the same lemma and class twice, in two files, names both places', () => {
    const a = parseDictionaryFile(line('것', 'bound-noun', 'thing', '-', 'A'), 'a.tsv').map((e) => ({ ...e, file: 'a.tsv' }));
    const b = parseDictionaryFile(`\n${line('것', 'bound-noun', 'fact', '-', 'A')}`, 'b.tsv').map((e) => ({ ...e, file: 'b.tsv' }));
    expect(() => checkDuplicates([...a, ...b])).toThrow('b.tsv:2 (entry "것 (bound-noun)"): already defined at a.tsv:1');
  });
});

describe('the learner’s dictionary as shipped', () => {
  const dictionary = loadDictionary();

  it('holds at least 6,000 entries, all valid', () => {
    expect(dictionary.size).toBeGreaterThanOrEqual(6_000);
  });

  it.each([
    ['반도체', 'noun', 'semiconductor'],
    ['적자', 'noun', 'deficit'],
    ['KTX', 'noun', 'high-speed train'],
    ['매출액', 'noun', 'sales'],
    ['되찾다', 'verb', 'to regain'],
    ['거두다', 'verb', 'to'],
    ['새롭다', 'adjective', 'new'],
    ['것', 'noun', 'thing'],
    ['매우', 'adverb', 'very'],
  ])('%s (%s) → “%s…”', (lemma, wordClass, sense) => {
    expect(lookUp(dictionary, lemma, wordClass as never)?.senses.join(' ; ')).toContain(sense);
  });
});

describe('what the dictionary cannot list, worked out from what it does', () => {
  const dictionary = compileDictionary(
    parseDictionaryFile(
      [
        line('영업', 'noun', 'business ; sales', '營業', 'B'),
        line('이익', 'noun', 'profit', '利益', 'B'),
        line('성공', 'noun', 'success', '成功', 'A'),
        line('조용하다', 'adjective', 'quiet', '-', 'A'),
        line('잡다', 'verb', 'to catch', '-', 'A'),
        line('자연', 'noun', 'nature', '自然', 'A'),
        line('사', 'noun', 'company', '社', 'C'),
        line('고객', 'noun', 'customer', '顧客', 'B'),
        line('분', 'bound-noun', 'minute', '分', 'A'),
        line('친구', 'noun', 'friend', '親舊', 'A'),
        line('바람', 'bound-noun', 'because of (-는 바람에)', '-', 'B'),
        line('바람', 'noun', 'wind ; wish', '-', 'A'),
      ].join('\n'),
      't.tsv',
    ),
  );
  it.each([
    ['영업이익', ['영업', '이익']],
    ['고객사', ['고객', '사']],
    ['이익영업이익', ['이익', '영업', '이익']],
  ])('compound %s → %j', (lemma, parts) => {
    expect(splitCompound(dictionary, lemma)?.map((p) => p.lemma)).toEqual(parts);
  });
  it('looks up a noun before a bound noun of the same spelling, whatever the file order: 바람 "wind"', () => {
    expect(lookUp(dictionary, '바람', 'noun')?.senses[0]).toBe('wind');
  });
  it.each([['영업'], ['사이'], ['가나다라']])('no compound: %s', (lemma) => {
    expect(splitCompound(dictionary, lemma)).toBeNull();
  });
  it.each([
    ['성공하다', 'verb', '성공', '-하다'],
    ['성공되다', 'verb', '성공', '-되다'],
    ['성공적', 'noun', '성공', '-적'],
    ['조용히', 'adverb', '조용하다', '-히'],
    ['잡히다', 'verb', '잡다', '-히-'],
    ['자연스럽다', 'adjective', '자연', '-스럽다'],
    ['분쯤', 'noun', '분', '-쯤'],
    ['친구끼리', 'noun', '친구', '-끼리'],
    ['고객님', 'noun', '고객', '-님'],
  ])('derived %s (%s) ← %s + %s', (lemma, wordClass, base, affix) => {
    const derived = derive(dictionary, lemma, wordClass as never);
    expect([derived?.base.lemma, derived?.affix]).toEqual([base, affix]);
  });
});
