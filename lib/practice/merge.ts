import { StoreError } from '@/lib/storage';
import { migrateProgress } from './migrate';
import { myTermSchema } from './my-terms';
import { mergeReading } from './reading-stats';
import {
  cardSchema,
  CURRENT_VERSION,
  drillSchema,
  emptyProgress,
  readingDaySchema,
  reviewSchema,
  wordSchema,
  type Progress,
} from './schema';

type Dated = { updatedAt: string };

// A Map, then Object.fromEntries: a key such as "__proto__" stays a plain key, never a prototype.
function newer<T extends Dated>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = new Map(Object.entries(a));
  for (const [key, value] of Object.entries(b)) {
    const mine = out.get(key);
    if (!mine || mine.updatedAt <= value.updatedAt) out.set(key, value);
  }
  return Object.fromEntries(out);
}

/** A key that names a member of every object ("__proto__", "constructor", "toString"…): never an id. */
export const isReservedKey = (key: string) => key in Object.prototype;

function union<T>(a: T[], b: T[], key: (item: T) => string, at: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) seen.set(key(item), item);
  return [...seen.values()].sort((x, y) => at(x).localeCompare(at(y)));
}

/**
 * Merges two progress records: per word and per card the later write wins (last writer per
 * card), reviews and drills are united, and per own term the later write wins (a deletion too).
 * e.g. two tabs grading different cards keep both.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const reading = mergeReading(a.reading, b.reading);
  // Only where either side has terms, so progress without them keeps its shape.
  const myTerms = a.myTerms || b.myTerms ? { myTerms: newer(a.myTerms ?? {}, b.myTerms ?? {}) } : {};
  return {
    version: CURRENT_VERSION,
    words: newer(a.words, b.words),
    cards: newer(a.cards, b.cards),
    reviews: union(
      a.reviews,
      b.reviews,
      (r) => `${r.card}|${r.at}`,
      (r) => r.at,
    ),
    drills: union(
      a.drills,
      b.drills,
      (d) => `${d.kind}|${d.item}|${d.at}`,
      (d) => d.at,
    ),
    ...(reading ? { reading } : {}),
    ...myTerms,
  };
}

/** An entry left out of an import: where it was, and why (`reserved`: its key is a name like "__proto__"). */
export type RejectedEntry = { entry: string; reason: string; reserved?: true };
export type ImportReport = { progress: Progress; accepted: number; rejected: RejectedEntry[]; fileError?: string };

/**
 * Imports an exported file into the current progress: a version-2 file is checked entry by
 * entry (bad entries are reported, good ones merged, the newer review per card kept); an older
 * version is migrated whole; anything else is rejected with the reason.
 */
export function importProgress(current: Progress, text: string): ImportReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: current, accepted: 0, rejected: [], fileError: 'not-json' };
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (version !== CURRENT_VERSION) {
    try {
      const migrated = migrateProgress(text);
      return {
        progress: mergeProgress(current, migrated),
        accepted: Object.keys(migrated.cards).length + Object.keys(migrated.words).length + migrated.reviews.length,
        rejected: [],
      };
    } catch (error) {
      return { progress: current, accepted: 0, rejected: [], fileError: error instanceof StoreError ? error.reason : 'invalid' };
    }
  }
  const file = data as Record<string, unknown>;
  const incoming = emptyProgress();
  const rejected: ImportReport['rejected'] = [];
  const take = <T>(
    group: string,
    entries: [string, unknown][],
    schema: {
      safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    put: (key: string, value: T) => void,
  ) => {
    for (const [key, value] of entries) {
      if (isReservedKey(key)) {
        rejected.push({ entry: `${group}.${key}`, reason: 'reserved key', reserved: true });
        continue;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) put(key, parsed.data);
      else
        rejected.push({
          entry: `${group}.${key}`,
          reason: `${parsed.error.issues[0]?.path.join('.') || 'entry'}: ${parsed.error.issues[0]?.message}`,
        });
    }
  };
  const record = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : []);
  const list = (value: unknown) => (Array.isArray(value) ? value.map((v, i): [string, unknown] => [String(i), v]) : []);
  const words = new Map<string, Progress['words'][string]>();
  const cards = new Map<string, Progress['cards'][string]>();
  take('words', record(file.words), wordSchema, (k, v) => words.set(k, v));
  take('cards', record(file.cards), cardSchema, (k, v) => cards.set(k, v));
  incoming.words = Object.fromEntries(words);
  incoming.cards = Object.fromEntries(cards);
  take('reviews', list(file.reviews), reviewSchema, (_, v) => incoming.reviews.push(v));
  take('drills', list(file.drills), drillSchema, (_, v) => incoming.drills.push(v));
  // Reading stats day by day: a bad day is reported, the others kept.
  const days = new Map<string, NonNullable<Progress['reading']>[string]>();
  const dayEntries = record(file.reading).filter(([day]) => {
    if (isReservedKey(day) || /^\d{4}-\d{2}-\d{2}$/.test(day)) return true;
    rejected.push({ entry: `reading.${day}`, reason: 'not a day (YYYY-MM-DD)' });
    return false;
  });
  take('reading', dayEntries, readingDaySchema, (k, v) => days.set(k, v));
  if (days.size) incoming.reading = Object.fromEntries(days);
  const terms = new Map<string, NonNullable<Progress['myTerms']>[string]>();
  take('myTerms', record(file.myTerms), myTermSchema, (k, v) => terms.set(k, v));
  if (terms.size > 0) incoming.myTerms = Object.fromEntries(terms);
  const accepted =
    Object.keys(incoming.words).length +
    Object.keys(incoming.cards).length +
    incoming.reviews.length +
    incoming.drills.length +
    days.size +
    terms.size;
  return { progress: mergeProgress(current, incoming), accepted, rejected };
}
