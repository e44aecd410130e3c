import { dayFrom, dayKey } from './day';
import type { Progress, ReadingStats, ReadingStatsDay } from './schema';

// Reading stats (issue 14): words read per local day, new words met, words marked known, a streak.
// Kept in progress.reading so that they merge as progress does: nothing a tab or a device wrote is
// lost, and merging a record with itself (every write merges with what is stored) counts nothing twice.

/**
 * This tab's writer id: each tab keeps its own "marked known" counter for the day, so that two
 * tabs counting at once both count. Not stored on its own; it only names this session's counters.
 */
export const READING_WRITER = Math.random().toString(36).slice(2, 10) || 'tab';

/** Longest text id kept (an article slug and page, or an imported text's id). */
export const MAX_TEXT_ID = 300;

const emptyDay = (): ReadingStatsDay => ({ texts: {}, known: {} });

function withDay(progress: Progress, day: string, change: (d: ReadingStatsDay) => ReadingStatsDay): Progress {
  const reading = new Map(Object.entries(progress.reading ?? {}));
  reading.set(day, change(reading.get(day) ?? emptyDay()));
  return { ...progress, reading: Object.fromEntries(reading) };
}

/** What is counted when a page or text is read to its end. */
export type TextRead = { textId: string; words: number; newWords: number };

/**
 * Counts a page or text read to its end (or marked), once per local day: a second read the same day
 * returns the progress unchanged (the same object). e.g. recordTextRead(p, { textId: 'a:seoul/1', words: 670, newWords: 41 })
 */
export function recordTextRead(progress: Progress, read: TextRead, now = new Date()): Progress {
  const day = dayKey(now);
  const textId = read.textId.slice(0, MAX_TEXT_ID);
  if (!textId || Object.hasOwn(progress.reading?.[day]?.texts ?? {}, textId)) return progress;
  const whole = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  return withDay(progress, day, (d) => ({
    ...d,
    texts: Object.fromEntries([...Object.entries(d.texts), [textId, { words: whole(read.words), newWords: whole(read.newWords) }]]),
  }));
}

/**
 * Counts words marked known today: a positive count adds (a word set to known, "mark the rest as
 * known"), a negative one takes back (its undo). For callers that set statuses without updateWord,
 * which counts its own changes. e.g. recordMarkedKnown(p, 37, now) … then undo: recordMarkedKnown(p, -37, now)
 */
export function recordMarkedKnown(progress: Progress, count: number, now = new Date(), writer = READING_WRITER): Progress {
  if (!Number.isFinite(count) || Math.trunc(count) === 0) return progress;
  const n = Math.trunc(count);
  return withDay(progress, dayKey(now), (d) => {
    const mine = Object.hasOwn(d.known, writer) ? d.known[writer]! : { added: 0, undone: 0 };
    const next = n > 0 ? { ...mine, added: mine.added + n } : { ...mine, undone: mine.undone - n };
    return { ...d, known: Object.fromEntries([...Object.entries(d.known), [writer, next]]) };
  });
}

function mergeDay(a: ReadingStatsDay, b: ReadingStatsDay): ReadingStatsDay {
  const texts = new Map(Object.entries(a.texts));
  for (const [id, read] of Object.entries(b.texts)) {
    const mine = texts.get(id);
    texts.set(id, mine ? { words: Math.max(mine.words, read.words), newWords: Math.max(mine.newWords, read.newWords) } : read);
  }
  const known = new Map(Object.entries(a.known));
  for (const [writer, counter] of Object.entries(b.known)) {
    const mine = known.get(writer);
    known.set(writer, mine ? { added: Math.max(mine.added, counter.added), undone: Math.max(mine.undone, counter.undone) } : counter);
  }
  return { texts: Object.fromEntries(texts), known: Object.fromEntries(known) };
}

/**
 * Merges two records of reading stats: per day, the union of texts read (one text once) and, per
 * writer, the larger of each counter part. Commutative and idempotent: merge(a, a) is a.
 */
export function mergeReading(a: ReadingStats | undefined, b: ReadingStats | undefined): ReadingStats | undefined {
  if (!a || !b) return a ?? b;
  const days = new Map(Object.entries(a));
  for (const [day, stats] of Object.entries(b)) {
    const mine = days.get(day);
    days.set(day, mine ? mergeDay(mine, stats) : stats);
  }
  return Object.fromEntries([...days].sort(([x], [y]) => x.localeCompare(y)));
}

/** One day's figures: words read, new words met, words marked known, pages or texts read. */
export type DayFigures = { day: string; words: number; newWords: number; known: number; texts: number };

/** The figures of one local day. e.g. readingOn(progress, '2026-03-01') → { words: 670, newWords: 41, known: 12, texts: 1 } */
export function readingOn(progress: Progress, day: string): DayFigures {
  const stats = Object.hasOwn(progress.reading ?? {}, day) ? progress.reading![day]! : emptyDay();
  const reads = Object.values(stats.texts);
  const known = Object.values(stats.known).reduce((sum, c) => sum + c.added - c.undone, 0);
  return {
    day,
    words: reads.reduce((sum, r) => sum + r.words, 0),
    newWords: reads.reduce((sum, r) => sum + r.newWords, 0),
    known: Math.max(0, known),
    texts: reads.length,
  };
}

/** The last `days` local days, oldest first, today last. */
export const readingPerDay = (progress: Progress, now = new Date(), days = 30): DayFigures[] =>
  Array.from({ length: days }, (_, i) => readingOn(progress, dayFrom(now, i - (days - 1))));

/** Days in a row, up to today (or yesterday, if nothing is read yet today), with a page or text read to its end. */
export function readingStreak(progress: Progress, now = new Date()): number {
  const read = (offset: number) => readingOn(progress, dayFrom(now, offset)).texts > 0;
  let offset = read(0) ? 0 : -1;
  let count = 0;
  while (read(offset)) {
    count++;
    offset--;
  }
  return count;
}
