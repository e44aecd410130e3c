import { z } from 'zod/mini';
import { isoDateTime } from '@/lib/storage';

// zod/mini keeps this schema small enough to validate progress in the browser on every read.

const iso = isoDateTime;
const count = z.number().check(z.int(), z.nonnegative());
const real = z.number().check(z.nonnegative());

import { MAX_MY_GLOSS, STATUSES } from './cards';
import { myTermsSchema } from './my-terms';

/** A word the reader has touched: saved to My words, or given a status by hand. */
export const wordSchema = z.object({
  lemma: z.string().check(z.minLength(1)),
  termId: z.optional(z.string()),
  gloss: z.optional(z.string()),
  /** The learner's own meaning ("Your meaning"), shown before any other gloss of this lemma. */
  myGloss: z.optional(z.string().check(z.maxLength(MAX_MY_GLOSS))),
  saved: z.boolean(),
  status: z.optional(z.enum(STATUSES)),
  updatedAt: iso,
});

/** An FSRS card as ts-fsrs keeps it, dates as ISO strings, plus when it last changed (for merging). */
export const cardSchema = z.object({
  due: iso,
  stability: real,
  difficulty: real,
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  last_review: z.optional(iso),
  updatedAt: iso,
});

export const reviewSchema = z.object({
  card: z.string().check(z.minLength(1)),
  grade: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  at: iso,
});
export const drillSchema = z.object({ kind: z.enum(['cloze', 'particle', 'role']), item: z.string(), correct: z.boolean(), at: iso });

/** A local calendar day, YYYY-MM-DD (see dayKey). */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/**
 * One day of reading. `texts`: each page or text read to its end that day, once (key: its text id),
 * with its words and the words still new in it. `known`: words marked known, as a counter per
 * writer (a tab's session), each part only growing, so that merging takes the larger of each part
 * and loses nothing: marked known = added − undone.
 */
const ownKey = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((key) => !(key in Object.prototype), 'a reserved name'),
  );
export const readingDaySchema = z.object({
  texts: z.record(ownKey(300), z.object({ words: count, newWords: count })),
  known: z.record(ownKey(40), z.object({ added: count, undone: count })),
});
/** Reading stats by local day (an optional field of version 3: older data has none). */
export const readingSchema = z.record(day, readingDaySchema);

export const CURRENT_VERSION = 3;

/** Progress as stored now (version 3: words may carry the learner's own gloss). */
export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  words: z.record(z.string(), wordSchema),
  cards: z.record(z.string(), cardSchema),
  reviews: z.array(reviewSchema),
  drills: z.array(drillSchema),
  reading: z.optional(readingSchema),
  /** The learner's own multi-word terms (optional: progress from before them stays valid). */
  myTerms: z.optional(myTermsSchema),
});

/** Progress as the first version stored it: lemma lists, epoch-millisecond dates, a flat history. */
export const progressV1Schema = z.object({
  version: z.literal(1),
  myWords: z.array(z.string()),
  known: z.array(z.string()),
  cards: z.record(
    z.string(),
    z.object({ due: count, stability: real, difficulty: real, reps: count, lapses: count, state: count, lastReview: z.optional(count) }),
  ),
  history: z.array(z.object({ id: z.string(), rating: count, time: count })),
});

export type Progress = z.infer<typeof progressSchema>;
/** Version 2 had the same shape without own glosses. */
export type ProgressV2 = Omit<Progress, 'version'> & { version: 2 };
export type { Status } from './cards';
export type ProgressV1 = z.infer<typeof progressV1Schema>;
export type StoredWord = z.infer<typeof wordSchema>;
export type StoredCard = z.infer<typeof cardSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Drill = z.infer<typeof drillSchema>;
export type ReadingStats = z.infer<typeof readingSchema>;
export type ReadingStatsDay = z.infer<typeof readingDaySchema>;

export const emptyProgress = (): Progress => ({ version: CURRENT_VERSION, words: {}, cards: {}, reviews: [], drills: [] });
