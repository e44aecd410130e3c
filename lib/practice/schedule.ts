import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { Progress, StoredCard } from './schema';

/** Fuzz off: the same reviews always give the same schedule (and testable round trips). */
const scheduler = fsrs({ enable_fuzz: false });

function toStored(card: Card, now: Date): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    updatedAt: now.toISOString(),
  };
}

function fromStored(stored: StoredCard): Card {
  const { updatedAt: _updated, last_review, due, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) } as Card;
}

/**
 * Grades a card (1 Again, 2 Hard, 3 Good, 4 Easy) with FSRS (ts-fsrs) and logs the review.
 * e.g. gradeCard(progress, 't:gpu#recognition', 3, now).cards['t:gpu#recognition'].due → later than now
 */
export function gradeCard(progress: Progress, id: string, grade: 1 | 2 | 3 | 4, now = new Date()): Progress {
  const stored = progress.cards[id];
  const { card } = scheduler.next(stored ? fromStored(stored) : createEmptyCard(now), now, grade as Grade);
  return {
    ...progress,
    cards: { ...progress.cards, [id]: toStored(card, now) },
    reviews: [...progress.reviews, { card: id, grade, at: now.toISOString() }],
  };
}

/**
 * How long until a card comes back after each grade, as FSRS (ts-fsrs) would schedule it now:
 * what the grade buttons show, as Anki does. e.g. previewIntervals(emptyProgress(), 't:gpu#recall', now)
 *   → { 1: 60000, 2: 360000, 3: 600000, 4: 691200000 } (1m, 6m, 10m, 8d for a new card)
 */
export function previewIntervals(progress: Progress, id: string, now = new Date()): Record<1 | 2 | 3 | 4, number> {
  const stored = progress.cards[id];
  const preview = scheduler.repeat(stored ? fromStored(stored) : createEmptyCard(now), now);
  const after = (grade: 1 | 2 | 3 | 4) => preview[grade as Grade].card.due.getTime() - now.getTime();
  return { 1: after(1), 2: after(2), 3: after(3), 4: after(4) };
}
