import { MAX_MY_GLOSS, wordIdFor } from './cards';
import { recordMarkedKnown } from './reading-stats';
import type { Progress, Status } from './schema';
import { wordStatus } from './word-status';

export { wordStatus, KNOWN_STABILITY_DAYS } from './word-status';

/**
 * Saves or removes a word, or sets its status by hand; `updatedAt` decides merges. Setting a word
 * known that was not counts one word marked known today (reading stats); taking back a known set
 * by hand takes one back.
 */
export function updateWord(
  progress: Progress,
  wordId: string,
  lemma: string,
  change: { saved?: boolean; status?: Status; gloss?: string; termId?: string; myGloss?: string | null },
  now = new Date(),
): Progress {
  const before = progress.words[wordId] ?? { lemma, saved: false, updatedAt: now.toISOString() };
  const { myGloss, ...rest } = change;
  const next = { ...before, ...rest, updatedAt: now.toISOString() };
  if (myGloss === null) delete next.myGloss;
  else if (myGloss !== undefined) next.myGloss = myGloss;
  const updated = { ...progress, words: { ...progress.words, [wordId]: next } };
  if (change.status === 'known' && wordStatus(progress, wordId) !== 'known') return recordMarkedKnown(updated, 1, now);
  if (change.status && change.status !== 'known' && progress.words[wordId]?.status === 'known') return recordMarkedKnown(updated, -1, now);
  return updated;
}

/** Why an own gloss is refused: empty, over 200 characters, or holding control characters. */
export type MyGlossProblem = 'empty' | 'too-long' | 'control';

/**
 * Checks a gloss the learner typed. e.g. checkMyGloss('  to establish oneself ') → { gloss: 'to establish oneself' }
 */
export function checkMyGloss(text: string): { gloss: string } | { problem: MyGlossProblem } {
  const gloss = text.trim();
  if (gloss === '') return { problem: 'empty' };
  if ([...gloss].length > MAX_MY_GLOSS) return { problem: 'too-long' };
  if (/[\u0000-\u001f\u007f-\u009f]/.test(gloss)) return { problem: 'control' };
  return { gloss };
}

/** The learner's own gloss of a lemma, wherever it appears. e.g. myGlossOf(progress, '자리잡다') → 'to settle in' */
export function myGlossOf(progress: Progress, lemma: string, termId?: string | null): string | null {
  return progress.words[wordIdFor(lemma, termId)]?.myGloss ?? null;
}
