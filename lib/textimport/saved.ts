import { z } from 'zod/mini';
import { WORD_CLASSES } from '@/lib/korean/browser';
import { parseVersioned, StoreError } from '@/lib/storage';

// Saved texts: a versioned store beside progress, validated with zod on every read.

export const TEXTS_KEY = 'hanyeong.texts';
const iso = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/));
const n = z.number();
const nullableString = z.nullable(z.string());

const wordClass = z.enum(WORD_CLASSES);
const wordInfo = z.tuple([
  z.string(),
  nullableString,
  z.nullable(wordClass),
  nullableString,
  z.array(z.tuple([z.string(), wordClass, nullableString, nullableString, z.string()])),
]);
const localized = <T extends z.ZodMiniType>(value: T) => z.object({ ko: z.record(z.string(), value), en: z.record(z.string(), value) });

const textSchema = z.object({
  title: z.string(),
  notice: z.nullable(z.enum(['paragraph-counts-differ', 'sentence-counts-differ'])),
  hasEnglish: z.boolean(),
  paragraphs: z.array(
    z.object({
      id: z.string(),
      mode: z.enum(['sentence', 'paragraph', 'korean-only']),
      sentences: z.array(
        z.object({
          id: z.string(),
          ko: z.string(),
          en: nullableString,
          k: z.object({ e: z.array(z.tuple([n, n])), t: z.array(z.tuple([z.string(), n, n])) }),
          e: z.nullable(z.array(z.object({ text: z.string(), termId: z.optional(z.string()) }))),
        }),
      ),
    }),
  ),
  payload: z.object({
    words: z.record(z.string(), wordInfo),
    terms: localized(z.tuple([z.string(), z.string(), z.string(), z.string()])),
    grammar: localized(z.tuple([z.string(), z.string(), nullableString])),
  }),
});

const savedSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: z.optional(iso),
  text: textSchema,
});
const storeSchema = z.object({ version: z.literal(1), texts: z.record(z.string(), savedSchema) });

export type SavedText = z.infer<typeof savedSchema>;
export type TextStore = z.infer<typeof storeSchema>;
export type StoredImport = SavedText['text'];

export const emptyTextStore = (): TextStore => ({ version: 1, texts: {} });

/** Parses and validates the stored texts; throws StoreError for anything it cannot use. */
export function parseTextStore(raw: string): TextStore {
  const { data } = parseVersioned(raw, 1);
  const parsed = storeSchema.safeParse(data);
  if (!parsed.success) throw new StoreError('invalid', `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Per text, the later change wins (a rename in one tab, a delete in another). */
export function mergeTextStores(a: TextStore, b: TextStore): TextStore {
  const texts = { ...a.texts };
  for (const [id, text] of Object.entries(b.texts)) if (!texts[id] || texts[id]!.updatedAt <= text.updatedAt) texts[id] = text;
  return { version: 1, texts };
}

/** A change to one text, stamped for merging: rename, delete (kept, so it can be undone) or undo. */
export function changeText(store: TextStore, id: string, change: { title?: string; deleted?: boolean }, now = new Date()): TextStore {
  const text = store.texts[id];
  if (!text) return store;
  const next: SavedText = { ...text, updatedAt: now.toISOString() };
  if (change.title !== undefined) next.title = change.title;
  if (change.deleted === true) next.deletedAt = now.toISOString();
  if (change.deleted === false) delete next.deletedAt;
  return { ...store, texts: { ...store.texts, [id]: next } };
}
