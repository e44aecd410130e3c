import { lemmaWordId } from './cards';
import { CURRENT_VERSION, progressSchema, progressV1Schema, type Progress, type ProgressV2 } from './schema';

import { parseVersioned, StoreError } from '@/lib/storage';

const toIso = (ms: number) => new Date(ms).toISOString();

/** Version 1 → 2: lemma lists become word records, epoch dates become ISO, history becomes reviews. */
function fromV1(data: unknown): ProgressV2 {
  const v1 = progressV1Schema.parse(data);
  const now = new Date(0).toISOString();
  const words: Progress['words'] = {};
  for (const lemma of new Set([...v1.myWords, ...v1.known])) {
    words[lemmaWordId(lemma)] = {
      lemma,
      saved: v1.myWords.includes(lemma),
      ...(v1.known.includes(lemma) ? { status: 'known' as const } : {}),
      updatedAt: now,
    };
  }
  const cards: Progress['cards'] = {};
  for (const [id, c] of Object.entries(v1.cards)) {
    cards[id] = {
      due: toIso(c.due),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: c.reps,
      lapses: c.lapses,
      state: Math.min(c.state, 3),
      ...(c.lastReview ? { last_review: toIso(c.lastReview) } : {}),
      updatedAt: toIso(c.lastReview ?? 0),
    };
  }
  const reviews = v1.history.filter((h) => h.rating >= 1 && h.rating <= 4).map((h) => ({ card: h.id, grade: h.rating, at: toIso(h.time) }));
  return { version: 2, words, cards, reviews, drills: [] };
}

/** Version 2 → 3: words gain an optional own gloss; nothing else changes. */
const fromV2 = (data: unknown) => ({ ...(data as object), version: 3 });

/** One step per version, written as code: MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = { 1: fromV1, 2: fromV2 };

/**
 * Parses stored progress of any known version and brings it to the current one, validated.
 * Throws StoreError for unreadable JSON, invalid data or an unknown version.
 * e.g. migrateProgress('{"version":1,…}') → { version: 3, … }
 */
export function migrateProgress(raw: string): Progress {
  let { data, version } = parseVersioned(raw, CURRENT_VERSION);
  try {
    while (version < CURRENT_VERSION) {
      data = MIGRATIONS[version]!(data);
      version += 1;
    }
  } catch (error) {
    throw new StoreError('invalid', `version ${version} data is invalid: ${(error as Error).message.slice(0, 200)}`);
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoreError('invalid', `${issue.path.join('.') || 'progress'}: ${issue.message}`);
  }
  return parsed.data;
}
