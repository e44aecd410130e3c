import { cardId, wordIdOf } from './cards';
import type { Progress } from './schema';

/**
 * The cards to study now, due ones first (earliest due first), then up to `newLimit` new ones:
 * a word's recognition card before its recall card.
 */
export function buildQueue(progress: Progress, wordIds: string[], now = new Date(), newLimit = 10): string[] {
  const due = Object.entries(progress.cards)
    .filter(([id, card]) => card.due <= now.toISOString() && wordIds.includes(wordIdOf(id)))
    .sort(([, a], [, b]) => a.due.localeCompare(b.due))
    .map(([id]) => id);
  const fresh = wordIds
    .map((w) => [cardId(w, 'recognition'), cardId(w, 'recall')] as const)
    .map(([recognition, recall]) => (!progress.cards[recognition] ? recognition : !progress.cards[recall] ? recall : null))
    .filter((id): id is string => id !== null)
    .slice(0, newLimit);
  return [...due, ...fresh];
}
