import { isContentWord } from '@/lib/korean/browser';
import type { WordClass } from '@/lib/korean/browser';
import { MAX_TERM_WORDS } from './my-terms';

/** What matching needs of an eojeol: the popover data's word (WordInfo) has it. */
export type TermWord = {
  surface: string;
  lemma: string | null;
  wordClass: WordClass | null;
  parts: readonly { form: string; lemma: string; wordClass: WordClass }[];
};

const COPULA = '이다';
const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The lemmas an eojeol contributes to a term: its content morphemes (nouns, verbs, adjectives,
 * adverbs; not the copula), so that particles and endings never matter, and the same words
 * written together still match (자리를 잡았다 and 자리잡았다 both give 자리, 잡다).
 * e.g. 잡았다 → ['잡다']; 자리를 → ['자리']; 설립했다 → ['설립', '하다']
 */
export function termTokens(word: TermWord): string[] {
  const content = word.parts.filter((p) => isContentWord(p.wordClass) && p.lemma !== COPULA).map((p) => p.lemma);
  if (content.length > 0) return content;
  if (word.lemma) return [word.lemma];
  const plain = bare(word.surface);
  return plain ? [plain] : [];
}

/** Why a selection cannot be a term. */
export type TermSelectionProblem = 'single' | 'too-many' | 'cross-sentence';

/**
 * Checks a selection of words ({ sid } each, in order): one sentence, two to six words, and
 * at least two lemmas between them. e.g. two words of one sentence → { keys: ['자리', '잡다'] }
 */
export function checkTermSelection(
  words: readonly { sid: string; word: TermWord | undefined }[],
): { keys: string[] } | { problem: TermSelectionProblem } {
  if (new Set(words.map((w) => w.sid)).size > 1) return { problem: 'cross-sentence' };
  if (words.length > MAX_TERM_WORDS) return { problem: 'too-many' };
  if (words.length < 2) return { problem: 'single' };
  const keys = words.flatMap((w) => (w.word ? termTokens(w.word) : []));
  return keys.length < 2 ? { problem: 'single' } : { keys };
}

const PREDICATES = new Set<WordClass>(['verb', 'adjective']);

/**
 * The term as a learner writes it: a noun keeps its particle in brackets, the last word is in its
 * dictionary form. e.g. 자리를 잡았다 → 자리(를) 잡다; 큰 주목을 받았다 → 크다 주목(을) 받다
 */
export function termLabel(words: readonly TermWord[]): string {
  return words
    .map((word, i) => {
      const last = i === words.length - 1;
      const particles = word.parts.filter((p) => p.wordClass === 'particle').map((p) => p.form);
      const head = word.lemma ?? bare(word.surface);
      if (word.wordClass && PREDICATES.has(word.wordClass)) return last ? head : bare(word.surface);
      return particles.length > 0 && word.lemma && !last ? `${head}(${particles.join('')})` : head;
    })
    .filter(Boolean)
    .join(' ');
}

/** A term found in a sentence: its key and the eojeols it spans (first and last, inclusive). */
export type TermMatch = { key: string; first: number; last: number };

/**
 * Finds the learner's terms in one sentence, given each eojeol's lemmas (termTokens): a match
 * covers whole eojeols, the longest term first, and matches never overlap.
 * e.g. terms { '자리 잡다': ['자리', '잡다'] } in [['자리'], ['잡다'], ['살다']] → [{ key: '자리 잡다', first: 0, last: 1 }]
 */
export function findMyTerms(terms: ReadonlyMap<string, readonly string[]>, sentence: readonly (readonly string[])[]): TermMatch[] {
  if (terms.size === 0) return [];
  const byFirst = new Map<string, [string, readonly string[]][]>();
  for (const [key, keys] of terms) {
    const list = byFirst.get(keys[0]!) ?? [];
    list.push([key, keys]);
    byFirst.set(keys[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[1].length - a[1].length);
  const matches: TermMatch[] = [];
  for (let e = 0; e < sentence.length; e++) {
    const candidates = sentence[e]![0] === undefined ? undefined : byFirst.get(sentence[e]![0]!);
    const hit = candidates?.map(([key, keys]) => ({ key, last: spanOf(keys, sentence, e) })).find((m) => m.last >= 0);
    if (!hit) continue;
    matches.push({ key: hit.key, first: e, last: hit.last });
    e = hit.last;
  }
  return matches;
}

/** The last eojeol of `keys` laid over the sentence from eojeol `from`, ending on a whole eojeol; -1 if they differ. */
function spanOf(keys: readonly string[], sentence: readonly (readonly string[])[], from: number): number {
  let k = 0;
  for (let e = from; e < sentence.length; e++) {
    const tokens = sentence[e]!;
    if (tokens.length === 0) return -1;
    for (const token of tokens) if (keys[k++] !== token) return -1;
    if (k === keys.length) return e;
  }
  return -1;
}
