import { cardId, DIRECTIONS } from './cards';
import type { Progress, Status } from './schema';

// Its own module: the reader paints statuses from its first load, without the code that changes them (status.ts).

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
