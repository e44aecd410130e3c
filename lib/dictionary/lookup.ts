import type { KnownWords, WordClass } from '@/lib/korean';
import type { DictionaryClass, DictionaryEntry } from './schema';

export type Dictionary = { byLemma: Map<string, DictionaryEntry[]>; size: number };

/** Indexes entries by lemma, in file order. */
export function compileDictionary(entries: DictionaryEntry[]): Dictionary {
  const byLemma = new Map<string, DictionaryEntry[]>();
  for (const entry of entries) byLemma.set(entry.lemma, [...(byLemma.get(entry.lemma) ?? []), entry]);
  return { byLemma, size: entries.length };
}

/** The dictionary's nouns and its verbs and adjectives, for the analyser to check ko-dic's readings against. */
export function knownWords(dictionary: Dictionary): KnownWords {
  const nouns = new Set<string>();
  const predicates = new Map<string, 'verb' | 'adjective'>();
  for (const [lemma, entries] of dictionary.byLemma)
    for (const { wordClass } of entries) {
      if (wordClass === 'noun') nouns.add(lemma);
      // A lemma listed as both (크다, 밝다) counts as a verb: ko-dic's tag is kept for those.
      if (wordClass === 'verb' || (wordClass === 'adjective' && !predicates.has(lemma))) predicates.set(lemma, wordClass);
    }
  return { nouns, predicates };
}

/** Which dictionary classes can stand for each class the analyser gives. */
const CLASSES_FOR: Partial<Record<WordClass, DictionaryClass[]>> = {
  noun: ['noun', 'bound-noun', 'pronoun', 'numeral'],
  'proper noun': ['noun'],
  verb: ['verb'],
  adjective: ['adjective'],
  adverb: ['adverb', 'interjection'],
  determiner: ['determiner'],
  number: ['numeral'],
};

/**
 * The entry for a lemma, the one of the analyser's class first (있다 may come as an adjective from
 * ko-dic and as a verb here: any entry of the lemma is better than none).
 * e.g. lookUp(dict, '반도체', 'noun') → { lemma: '반도체', senses: ['semiconductor', 'chip'], … }
 */
export function lookUp(dictionary: Dictionary, lemma: string, wordClass: WordClass | null): DictionaryEntry | null {
  const entries = dictionary.byLemma.get(lemma);
  if (!entries) return null;
  const wanted = (wordClass && CLASSES_FOR[wordClass]) ?? [];
  // In the order of the classes that can stand for the analyser's, not in file order: 바람 "wind" (a
  // noun) before 바람 "because of" (the bound noun of -는 바람에).
  for (const wordClass of wanted) {
    const entry = entries.find((e) => e.wordClass === wordClass);
    if (entry) return entry;
  }
  return entries[0]!;
}

const NOUNISH: DictionaryClass[] = ['noun', 'bound-noun', 'pronoun', 'numeral'];
const nounEntry = (dictionary: Dictionary, lemma: string) =>
  dictionary.byLemma.get(lemma)?.find((entry) => NOUNISH.includes(entry.wordClass)) ?? null;

/**
 * A noun no lexicon lists, split into the fewest nouns the dictionary knows (at least one part of
 * two syllables or more, so single syllables do not shred a word), or null.
 * e.g. splitCompound(dict, '영업이익') → [영업, 이익]
 */
export function splitCompound(dictionary: Dictionary, lemma: string): DictionaryEntry[] | null {
  if (lemma.length < 3 || !/^[가-힣]+$/.test(lemma)) return null;
  // best[i]: the fewest parts that spell lemma.slice(0, i)
  const best: (DictionaryEntry[] | null)[] = [[], ...Array<null>(lemma.length).fill(null)];
  for (let end = 1; end <= lemma.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const before = best[start];
      const entry = before && nounEntry(dictionary, lemma.slice(start, end));
      if (before && entry && (!best[end] || best[end]!.length > before.length + 1)) best[end] = [...before, entry];
    }
  }
  const parts = best[lemma.length];
  return parts && parts.length > 1 && parts.some((part) => part.lemma.length > 1) ? parts : null;
}

/** Suffixes that derive a word from a base the dictionary may list, with what they add. */
const DERIVATIONS: { suffix: string; classes: WordClass[]; base: (stem: string) => string[]; affix: string }[] = [
  { suffix: '하다', classes: ['verb', 'adjective'], base: (s) => [s], affix: '-하다' },
  { suffix: '되다', classes: ['verb'], base: (s) => [s], affix: '-되다' },
  { suffix: '시키다', classes: ['verb'], base: (s) => [s, `${s}하다`], affix: '-시키다' },
  { suffix: '받다', classes: ['verb'], base: (s) => [s], affix: '-받다' },
  { suffix: '당하다', classes: ['verb'], base: (s) => [s], affix: '-당하다' },
  { suffix: '스럽다', classes: ['adjective'], base: (s) => [s], affix: '-스럽다' },
  { suffix: '롭다', classes: ['adjective'], base: (s) => [s], affix: '-롭다' },
  { suffix: '적', classes: ['noun'], base: (s) => [s], affix: '-적' },
  // noun suffixes ko-dic leaves on the noun (분쯤, 하나씩, 친구끼리, 선생님, 지역별, 1인당, 셋째, 만 원짜리)
  ...['쯤', '씩', '끼리', '님', '별', '당', '째', '짜리', '마다'].map((suffix) => ({
    suffix,
    classes: ['noun', 'proper noun'] as WordClass[],
    base: (s: string) => [s],
    affix: `-${suffix}`,
  })),
  { suffix: '히', classes: ['adverb'], base: (s) => [`${s}하다`, s], affix: '-히' },
  { suffix: '게', classes: ['adverb'], base: (s) => [`${s}다`], affix: '-게' },
  { suffix: '이', classes: ['adverb'], base: (s) => [`${s}하다`, `${s}다`, s], affix: '-이' },
  // passives and causatives: 잡히다 ← 잡다, 보이다 ← 보다, 늘리다 ← 늘다, 웃기다 ← 웃다, 비우다 ← 비다
  ...['이다', '히다', '리다', '기다', '우다', '구다', '추다'].map((suffix) => ({
    suffix,
    classes: ['verb'] as WordClass[],
    base: (s: string) => [`${s}다`],
    affix: `-${suffix.slice(0, 1)}-`,
  })),
];

/**
 * A derived word the dictionary does not list, explained from its base: 성공하다 ← 성공 + -하다.
 * e.g. derive(dict, '성공하다', 'verb') → { base: 성공 entry, affix: '-하다' }
 */
export function derive(
  dictionary: Dictionary,
  lemma: string,
  wordClass: WordClass | null,
): { base: DictionaryEntry; affix: string } | null {
  for (const rule of DERIVATIONS) {
    if (!lemma.endsWith(rule.suffix) || lemma.length <= rule.suffix.length || (wordClass && !rule.classes.includes(wordClass))) continue;
    const stem = lemma.slice(0, -rule.suffix.length);
    for (const candidate of rule.base(stem)) {
      const base = dictionary.byLemma.get(candidate)?.[0];
      if (base) return { base, affix: rule.affix };
    }
  }
  return null;
}
