import { describe, expect, it } from 'vitest';
import { GRAMMAR, findGrammar, validateGrammar } from './grammar';
import { analyseKorean } from './analyse';
import { compileLexicon } from './lexicon';

const entry = { key: 'x', label: '-x', kind: 'eomi', tags: ['EC'], forms: ['x'], fn: { en: 'x', ko: 'x' }, example: { ko: 'x', en: 'x' } };

describe('the josa/eomi table (lexicon/grammar.json)', () => {
  it('covers at least 150 forms in its entries, each explained in both UI languages', () => {
    expect(GRAMMAR.length).toBeGreaterThanOrEqual(150);
    expect(GRAMMAR.every((e) => e.fn.en && e.fn.ko)).toBe(true);
  });

  it.each([
    ['an unknown tag', [{ ...entry, tags: ['XYZ'] }], 'lexicon/grammar.json (entry "x"): tags.0'],
    ['no form', [{ ...entry, forms: [] }], 'lexicon/grammar.json (entry "x"): forms'],
    ['no Korean function', [{ ...entry, fn: { en: 'x' } }], 'lexicon/grammar.json (entry "x"): fn.ko'],
    ['a key twice', [entry, entry], 'lexicon/grammar.json (entry "x"): the key is used twice'],
  ])('a bad entry fails, naming it: %s', (_name, data, message) => {
    expect(() => validateGrammar(data)).toThrow(message);
  });

  it.each([
    ['책이', '이', 'subject'],
    ['할머니께서', '께서', 'subject-honorific'],
    ['먹었더라고요', '더라고요', undefined],
    ['가니까', '니까', undefined],
    ['먹으면', '으면', undefined],
    ['맛있잖아요', '잖아요', undefined],
    ['갈게요', 'ㄹ게요', undefined],
    ['먹던', '던', undefined],
  ])('%s: %s is explained', (text, form, key) => {
    const m = analyseKorean(text, compileLexicon([])).morphemes.find(
      (x) => x.surface.endsWith(form) || x.parts?.some((p) => p.form === form),
    );
    const grammar =
      m && (findGrammar(form, m.parts?.find((p) => p.form === form)?.tag ?? m.tag) ?? (m.grammar ? { key: m.grammar } : undefined));
    expect(grammar).toBeDefined();
    if (key) expect(grammar!.key).toBe(key);
  });
});
