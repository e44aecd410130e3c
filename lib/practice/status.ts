import { cardId, DIRECTIONS } from './cards';
import type { Progress, Status } from './schema';

/** ts-fsrs's State.Review, written out so that the reader's bundle need not load ts-fsrs. */
const REVIEW_STATE = 2;

/** Days of stability from which a card counts as learned. */
export const KNOWN_STABILITY_DAYS = 21;

/**
 * A word's status: set by hand, or reached through reviews (both cards in review with at least
 * 21 days' stability → known; any review → learning; none → new).
 */
export function wordStatus(progress: Progress, wordId: string): Status {
  const manual = progress.words[wordId]?.status;
  if (manual) return manual;
  const cards = DIRECTIONS.map((d) => progress.cards[cardId(wordId, d)]).filter((c) => c !== undefined);
  if (cards.length === 0) return 'new';
  const learned = cards.length === DIRECTIONS.length && cards.every((c) => c.state === REVIEW_STATE && c.stability >= KNOWN_STABILITY_DAYS);
  return learned ? 'known' : 'learning';
}

/** Saves or removes a word, or sets its status by hand; `updatedAt` decides merges. */
export function updateWord(
  progress: Progress,
  wordId: string,
  lemma: string,
  change: { saved?: boolean; status?: Status; gloss?: string; termId?: string },
  now = new Date(),
): Progress {
  const before = progress.words[wordId] ?? { lemma, saved: false, updatedAt: now.toISOString() };
  return { ...progress, words: { ...progress.words, [wordId]: { ...before, ...change, updatedAt: now.toISOString() } } };
}
