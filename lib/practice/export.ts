import { toAnkiTsv, toCsv } from '@/lib/export';
import type { Progress } from './schema';

/** My words: every saved word with the meaning the learner sees first (their own, else the saved gloss). */
function rows(progress: Progress) {
  return Object.values(progress.words)
    .filter((word) => word.saved)
    .sort((a, b) => a.lemma.localeCompare(b.lemma, 'ko'))
    .map((word) => ({
      korean: word.lemma,
      meaning: word.myGloss ?? word.gloss ?? '',
      mine: word.myGloss !== undefined,
      status: word.status ?? '',
    }));
}

/** My words as CSV: korean, meaning, whose meaning (yours or the app's), status. */
export const myWordsCsv = (progress: Progress) =>
  toCsv(
    ['korean', 'meaning', 'meaning_source', 'status'],
    rows(progress).map((r) => [r.korean, r.meaning, r.mine ? 'yours' : 'app', r.status]),
  );

/** My words as an Anki text import: Korean on the front, the meaning on the back. */
export const myWordsAnki = (progress: Progress) =>
  toAnkiTsv(
    ['Korean', 'Meaning', 'Tags'],
    rows(progress).map((r) => [r.korean, r.meaning, `hanyeong my-words${r.mine ? ' own-meaning' : ''}`]),
  );
