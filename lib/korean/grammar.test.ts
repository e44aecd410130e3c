import { describe, expect, it } from 'vitest';
import { GRAMMAR, GRAMMAR_BY_KEY, findGrammar, validateGrammar, type GrammarEntry } from './grammar';
import { readGrammarInContext } from './grammar-context';
import { analyseKorean } from './analyse';
import { compileLexicon } from './lexicon';
import type { Eojeol } from './types';

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

/** The josa/eomi keys an eojeol shows in the popover: each morpheme's, and each part's of a fused token. */
const keysOf = (eojeol: Eojeol) =>
  new Set(
    eojeol.morphemes.flatMap((m) => [
      ...(m.grammar ? [m.grammar] : []),
      ...(m.parts ?? []).flatMap((part) => findGrammar(part.form, part.tag)?.key ?? []),
    ]),
  );

/** Words in which a form no longer is the entry it looks like: 하지만 is a conjunction, and 만 in 뿐만 (아니라) is no “only”. */
const LEXICALISED: [RegExp, string][] = [
  [/^하지만$/, 'jiman'],
  [/^그런데$/, 'neunde'],
  [/^그러나$/, 'euna'],
  [/^그래서$/, 'aseo'],
  [/^그리고$/, 'go'],
  [/^그러면$/, 'myeon'],
  [/^그러니까$/, 'nikka'],
  [/^그래도$/, 'ado'],
  [/^그러므로$/, 'eumeuro'],
  [/뿐만$/, 'only'],
];

/**
 * Entries for a form the analyser never gives on its own, with the entry their example shows instead:
 * ko-dic reads the recalled past -더- only inside endings (울더라 → 더라), and repair.ts reads ko-dic's
 * 이다/JC as 이/VCP + 다.
 */
const SHOWN_AS: Record<string, string> = { deo: 'deora', 'ida-after-noun': 'copula' };

describe('every example of the josa/eomi table shows its entry', () => {
  const lexicon = compileLexicon([]);
  const bare = (eojeol: Eojeol) => eojeol.surface.replace(/[^가-힣]/g, '');
  const showsIt = (eojeol: Eojeol, key: string) =>
    keysOf(eojeol).has(key) && !LEXICALISED.some(([word, not]) => not === key && word.test(bare(eojeol)));

  it('analysed in its sentence, each example has the entry as a morpheme of its own, not inside a set word', () => {
    const wrong = GRAMMAR.flatMap((entry) => {
      const analysis = readGrammarInContext(analyseKorean(entry.example.ko, lexicon));
      const key = SHOWN_AS[entry.key] ?? entry.key;
      if (analysis.eojeols.some((eojeol) => showsIt(eojeol, key))) return [];
      const seen = analysis.eojeols.map((e) => `${e.surface}{${[...keysOf(e)].join(',')}}`).join(' ');
      return [`${entry.key} (${entry.label}): "${entry.example.ko}" → ${seen}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['하지만 비쌌다.', 'jiman'],
    ['뿐만 아니라 싸다.', 'only'],
    ['비싸지만 샀다.', 'jiman'],
  ])('a set word does not show a form inside it: %s', (text, key) => {
    const analysis = readGrammarInContext(analyseKorean(text, lexicon));
    expect(analysis.eojeols.some((eojeol) => showsIt(eojeol, key))).toBe(text === '비싸지만 샀다.');
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
