import type { Direction } from './cards';

/** A sentence from the articles where a word occurs, with its translation; [start, end) marks the word. */
export type Example = {
  ko: string;
  en: string;
  slug: string;
  sid: string;
  mark?: [number, number];
  /** Where the sentence is read, without the locale (a learner's own term may come from an imported text): /import/<id>. */
  href?: string;
};

/** A word to make flashcards of: a glossary term, or a saved word (My words). */
export type DeckWord = {
  wordId: string;
  ko: string;
  en: string;
  /** Other English names: a term's English aliases (artificial intelligence for AI). */
  enAliases?: string[];
  rr?: string;
  /** The definition, in the learner's language. */
  note?: string;
  /** Other accepted Korean answers: aliases and standard spellings (인공지능, 샘 올트먼). */
  accepted?: string[];
  example?: Example;
};

/** What a card shows before it is turned: the prompt, and the romanization under a Korean one. */
export type CardFront = { text: string; lang: 'ko' | 'en'; kind: 'word' | 'definition'; sub?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An answer as a whole word: not inside a longer Latin word (AI in "domain"), but "GPUs" and a
// Korean word with its particle (인공지능의) still count. Spaces may differ (데이터 센터).
const pattern = (answer: string) => {
  const body = answer.trim().split(/\s+/).map(escape).join('\\s*');
  const tail = /[A-Za-z0-9]$/.test(answer) ? '(?:s|es)?(?![A-Za-z0-9])' : '';
  return new RegExp(`(?<![A-Za-z0-9가-힣])${body}${tail}`, 'giu');
};

/**
 * Whether a prompt gives its answer away: it is, or holds, one of the answers as a word.
 * e.g. givesAway('AI', ['AI']) → true; givesAway('AI chip', ['AI 칩']) → false
 */
export const givesAway = (prompt: string, answers: readonly string[]) =>
  answers.some((a) => a.trim() !== '' && pattern(a.normalize('NFC')).test(prompt.normalize('NFC')));

// Romanization of a loanword spells its English with a letter or two more (노드 → nodeu: node).
const letters = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const spells = (rr: string, answers: readonly string[]) =>
  answers.some((a) => letters(a).length >= 2 && letters(rr).includes(letters(a))) || givesAway(rr, answers);

/** A definition with its answers blanked out. e.g. maskAnswers('A GPU is …', ['GPU']) → 'A ___ is …' */
export const maskAnswers = (text: string, answers: readonly string[]) =>
  [...answers].sort((a, b) => b.length - a.length).reduce((t, a) => (a.trim() ? t.replace(pattern(a), '___') : t), text);

/** What counts as the answer: the English for recognition, the Korean (and its aliases) for recall. */
export const answersOf = (word: DeckWord, direction: Direction) =>
  direction === 'recognition' ? [word.en, ...(word.enAliases ?? [])] : [word.ko, ...(word.accepted ?? [])];

/**
 * The cards a word makes. A Korean headword that is its English (AI, GPU, GB200) would give its
 * answer away, so it has no recognition card: its recall card asks with the definition instead.
 */
export function cardDirections(word: DeckWord): Direction[] {
  const recognition = !givesAway(word.ko, answersOf(word, 'recognition'));
  // Without a definition to ask with, an English prompt that is the answer makes no card either.
  const recall = !givesAway(word.en, answersOf(word, 'recall')) || !!word.note?.trim();
  return [...(recognition ? (['recognition'] as const) : []), ...(recall ? (['recall'] as const) : [])];
}

/** Korean or English, by which script most of the text is in. */
const langOf = (text: string): 'ko' | 'en' =>
  (text.match(/[가-힣]/g)?.length ?? 0) >= (text.match(/[A-Za-z]/g)?.length ?? 0) ? 'ko' : 'en';

/**
 * The front of a card. Recognition: the Korean, with its romanization unless that spells the
 * English (AI 칩 → "AI chip", 노드 → "nodeu"). Recall: the English, or the definition with every answer and
 * English name blanked when the English is the answer (GPU → GPU).
 */
export function frontOf(word: DeckWord, direction: Direction): CardFront {
  if (direction === 'recognition') {
    const sub = word.rr && word.rr !== word.ko && !spells(word.rr, answersOf(word, 'recognition')) ? word.rr : undefined;
    return { text: word.ko, lang: 'ko', kind: 'word', ...(sub ? { sub } : {}) };
  }
  const answers = answersOf(word, 'recall');
  if (!givesAway(word.en, answers)) return { text: word.en, lang: 'en', kind: 'word' };
  const hidden = [...answers, word.en, ...(word.enAliases ?? [])];
  const text = maskAnswers(word.note ?? '', hidden);
  return { text, lang: langOf(text), kind: 'definition' };
}

/**
 * One sentence per word, shared: the articles' sentences once, and for each word id the sentence
 * it is shown in and where it stands there ([sentence, start, end]).
 */
export type ExampleIndex = { sentences: Omit<Example, 'mark'>[]; words: Record<string, [number, number, number]> };

/** A word's example sentence from the index. e.g. exampleFor(index, 't:infiniband') → { ko: '이 서버들은 …', … } */
export function exampleFor(index: ExampleIndex, wordId: string): Example | undefined {
  const at = index.words[wordId];
  const sentence = at && index.sentences[at[0]];
  return sentence ? { ...sentence, mark: [at[1], at[2]] } : undefined;
}
