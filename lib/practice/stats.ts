import type { Progress, Status } from './schema';
import { dayKey } from './day';
import { wordStatus } from './word-status';

/**
 * How many of these words (each id once) are new, learning, known and ignored. The library's "N of
 * M words known" and the practice page's word counts both come from here, over the same ids, so they
 * agree. `total` leaves ignored words out (names, numbers: not words to learn).
 * e.g. statusCounts(progress, ['t:ai', 'w:짓다', 't:ai']) → { new: 1, learning: 0, known: 1, ignored: 0, total: 2 }
 */
export function statusCounts(progress: Progress, wordIds: Iterable<string>): Record<Status, number> & { total: number } {
  const ids = new Set(wordIds);
  const counts = { new: 0, learning: 0, known: 0, ignored: 0 };
  for (const id of ids) counts[wordStatus(progress, id)]++;
  return { ...counts, total: ids.size - counts.ignored };
}

export { dayKey };

const endOfDay = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);

/** Cards already studied that are due before the end of today. */
export const dueToday = (progress: Progress, now = new Date()) =>
  Object.values(progress.cards).filter((c) => new Date(c.due) < endOfDay(now)).length;

/** Reviews made today. */
export const reviewedToday = (progress: Progress, now = new Date()) =>
  progress.reviews.filter((r) => dayKey(new Date(r.at)) === dayKey(now)).length;

/** Share of reviews in the last 30 days not graded Again, or null when there were none. */
export function retention(progress: Progress, now = new Date()): number | null {
  const since = now.getTime() - 30 * 86_400_000;
  const recent = progress.reviews.filter((r) => new Date(r.at).getTime() >= since);
  return recent.length ? recent.filter((r) => r.grade > 1).length / recent.length : null;
}

/** Days in a row, up to today (or yesterday, if nothing yet today), with at least one review or drill. */
export function streak(progress: Progress, now = new Date()): number {
  const active = new Set([...progress.reviews, ...progress.drills].map((r) => dayKey(new Date(r.at))));
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (!active.has(dayKey(day))) day.setDate(day.getDate() - 1);
  let count = 0;
  while (active.has(dayKey(day))) {
    count++;
    day.setDate(day.getDate() - 1);
  }
  return count;
}

/** Reviews per day over the last `days` days, oldest first, today last. */
export function reviewsPerDay(progress: Progress, now = new Date(), days = 30): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of progress.reviews) counts.set(dayKey(new Date(r.at)), (counts.get(dayKey(new Date(r.at))) ?? 0) + 1);
  return Array.from({ length: days }, (_, i) => {
    const day = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1 - i)));
    return { day, count: counts.get(day) ?? 0 };
  });
}
