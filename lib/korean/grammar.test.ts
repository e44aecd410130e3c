import { describe, expect, it } from 'vitest';
import { GRAMMAR, GRAMMAR_BY_KEY, findGrammar, validateGrammar, type GrammarEntry } from './grammar';
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

describe('the batchim and irregular-stem rules of the table', () => {
  /** An entry whose form alternates with the sound before it: 은/는, -(으)며, (이)나, -(ㄴ/는)다, -아/어요, -습니다/-ㅂ니다. */
  const alternates = (e: GrammarEntry) =>
    !!e.pair ||
    /\((으|이|느|ㄴ\/는)\)|^(은\/는|이\/가|을\/를|와\/과|아\/야)|(^|-)았?아?[^/]*\/-?었?어|습니/.test(e.label) ||
    e.forms.some((f) => ['으', '이', 'ㄴ', '는'].some((before) => e.forms.includes(before + f)));

  it('every alternating entry says, in both languages, which form goes where', () => {
    const missing = GRAMMAR.filter((e) => alternates(e) && !(e.batchim?.en && e.batchim.ko)).map((e) => `${e.key} (${e.label})`);
    expect(missing).toEqual([]);
  });

  it.each([
    // -(으)ㄴ: ㄹ-stems and ㅂ-irregular stems break “-은 after a consonant”
    ['eun-mod', ['이끈', '놀라운', '새로운']],
    ['myeo', ['이끌며', '도우며']],
    ['eul-mod', ['이끌', '도울']],
    ['eulji', ['이끌지', '도울지']],
    ['eum', ['이끎', '삶', '도움']],
    ['with-i', ['밥이나', '커피나']],
    ['quote-ira', ['이라고', '라고']],
    ['rago', ['학생이라고', '의사라고', '먹으라고']],
    // verb or adjective
    ['neundeyo', ['먹는데요', '좋은데요', '큰데요']],
    ['neunde', ['먹는데', '좋은데', '큰데']],
    ['dapnida', ['먹는답니다', '지낸답니다', '좋답니다']],
    ['complement', ['학생이', '가수가']],
  ])('%s: the rule names %j in both languages', (key, words) => {
    const entry = GRAMMAR_BY_KEY.get(key)!;
    for (const locale of ['en', 'ko'] as const) {
      const rule = entry.batchim?.[locale] ?? '';
      expect(
        words.filter((word) => !rule.includes(word)),
        `${key} (${locale}): ${rule}`,
      ).toEqual([]);
    }
  });

  it('the particle (이)라고 and the ending -(이)라고 have examples of their own', () => {
    const [particle, ending] = ['quote-ira', 'rago'].map((key) => GRAMMAR_BY_KEY.get(key)!.example.ko);
    expect(particle).not.toBe(ending);
    expect(particle).toMatch(/[’”"']이?라고/);
    expect(ending).not.toMatch(/[’”"']이?라고/);
  });
});
