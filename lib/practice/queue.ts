import { cardId, DIRECTIONS, wordIdOf, type Direction } from './cards';
import type { Progress } from './schema';

/** A word and the directions it has cards in (both, unless one would give its answer away). */
export type QueueWord = string | { wordId: string; directions: readonly Direction[] };

/**
 * The cards to study now, due ones first (earliest due first), then up to `newLimit` new ones:
 * a word's recognition card before its recall card. A direction a word no longer has is skipped,
 * even if it was studied before. e.g. buildQueue(p, [{ wordId: 't:ai', directions: ['recall'] }])
 */
export function buildQueue(progress: Progress, words: readonly QueueWord[], now = new Date(), newLimit = 10): string[] {
  const cards = words.flatMap((w) =>
    typeof w === 'string' ? DIRECTIONS.map((d) => cardId(w, d)) : w.directions.map((d) => cardId(w.wordId, d)),
  );
  const allowed = new Set(cards);
  const due = Object.entries(progress.cards)
    .filter(([id, card]) => card.due <= now.toISOString() && allowed.has(id))
    .sort(([, a], [, b]) => a.due.localeCompare(b.due))
    .map(([id]) => id);
  const byWord = new Map<string, string[]>();
  for (const id of cards) byWord.set(wordIdOf(id), [...(byWord.get(wordIdOf(id)) ?? []), id]);
  const fresh = [...byWord.values()]
    .map((ids) => ids.find((id) => !progress.cards[id]) ?? null)
    .filter((id): id is string => id !== null)
    .slice(0, newLimit);
  return [...due, ...fresh];
}
