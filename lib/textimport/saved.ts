import { z } from 'zod/mini';
import { WORD_CLASSES } from '@/lib/korean/browser';
import { importedTextSchema } from '@/lib/payload';
import { isoDateTime, parseVersioned, STORE_KEYS, StoreError } from '@/lib/storage';
import { translationsSchema } from './translation';

// Saved texts: a versioned store beside progress, validated with zod on every read.

export const TEXTS_KEY = STORE_KEYS.texts;
const iso = isoDateTime;
const n = z.number();
const nullableString = z.nullable(z.string());

const savedFields = {
  id: z.string(),
  title: z.string(),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: z.optional(iso),
  translations: z.optional(translationsSchema),
};
const savedSchema = z.object({ ...savedFields, text: importedTextSchema });
const storeSchema = z.object({ version: z.literal(2), texts: z.record(z.string(), savedSchema) });

export type SavedText = z.infer<typeof savedSchema>;
export type TextStore = z.infer<typeof storeSchema>;
export type StoredImport = SavedText['text'];

// Version 1 stored the popover data and the sentence spans as positional tuples; it is read once
// and rewritten with named fields (version 2). Described here only to migrate it.
const wordClass = z.enum(WORD_CLASSES);
const localizedV1 = <T extends z.ZodMiniType>(value: T) => z.object({ ko: z.record(z.string(), value), en: z.record(z.string(), value) });
const textV1Schema = z.object({
  title: z.string(),
  notice: importedTextSchema.shape.notice,
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
    words: z.record(
      z.string(),
      z.tuple([
        z.string(),
        nullableString,
        z.nullable(wordClass),
        nullableString,
        z.array(z.tuple([z.string(), wordClass, nullableString, nullableString, z.string()])),
      ]),
    ),
    terms: localizedV1(z.tuple([z.string(), z.string(), z.string(), z.string()])),
    grammar: localizedV1(z.tuple([z.string(), z.string(), nullableString])),
  }),
});
const storeV1Schema = z.object({ version: z.literal(1), texts: z.record(z.string(), z.object({ ...savedFields, text: textV1Schema })) });

const mapValues = <A, B>(record: Record<string, A>, f: (a: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

function migrateTextV1(text: z.infer<typeof textV1Schema>): StoredImport {
  const { payload } = text;
  const terms = (record: (typeof payload.terms)['ko']) =>
    mapValues(record, ([headword, romanization, english, definition]) => ({ headword, romanization, english, definition }));
  const grammar = (record: (typeof payload.grammar)['ko']) => mapValues(record, ([label, fn, batchim]) => ({ label, fn, batchim }));
  return {
    title: text.title,
    notice: text.notice,
    hasEnglish: text.hasEnglish,
    paragraphs: text.paragraphs.map((p) => ({
      id: p.id,
      mode: p.mode,
      sentences: p.sentences.map((s) => ({
        id: s.id,
        ko: s.ko,
        en: s.en,
        korean: {
          eojeols: s.k.e.map(([start, end]) => ({ start, end })),
          terms: s.k.t.map(([termId, firstEojeol, lastEojeol]) => ({ termId, firstEojeol, lastEojeol })),
        },
        english: s.e,
      })),
    })),
    payload: {
      words: mapValues(payload.words, ([surface, lemma, wordClass, gloss, parts]) => ({
        surface,
        lemma,
        wordClass,
        // Version 1 glossed from the glossary (a term) or the article lexicon only.
        gloss:
          gloss === null
            ? null
            : { text: gloss, source: parts.some((part) => part[3] !== null) ? ('glossary' as const) : ('article' as const) },
        parts: parts.map(([form, partClass, grammarKey, termId, partLemma]) => ({
          form,
          wordClass: partClass,
          grammar: grammarKey,
          termId,
          lemma: partLemma,
        })),
        patterns: [],
      })),
      terms: { ko: terms(payload.terms.ko), en: terms(payload.terms.en) },
      grammar: { ko: grammar(payload.grammar.ko), en: grammar(payload.grammar.en) },
      patterns: { ko: {}, en: {} },
    },
  };
}

export const emptyTextStore = (): TextStore => ({ version: 2, texts: {} });

/** Parses and validates the stored texts, migrating version 1; throws StoreError for anything it cannot use. */
export function parseTextStore(raw: string): TextStore {
  const { data, version } = parseVersioned(raw, 2);
  const fail = (error: z.core.$ZodError): never => {
    throw new StoreError('invalid', `${error.issues[0]?.path.join('.')}: ${error.issues[0]?.message}`);
  };
  if (version === 1) {
    const parsed = storeV1Schema.safeParse(data);
    if (!parsed.success) return fail(parsed.error);
    return { version: 2, texts: mapValues(parsed.data.texts, (saved) => ({ ...saved, text: migrateTextV1(saved.text) })) };
  }
  const parsed = storeSchema.safeParse(data);
  return parsed.success ? parsed.data : fail(parsed.error);
}

/** Per text, the later change wins (a rename in one tab, a delete in another). */
export function mergeTextStores(a: TextStore, b: TextStore): TextStore {
  const texts = { ...a.texts };
  for (const [id, text] of Object.entries(b.texts)) if (!texts[id] || texts[id]!.updatedAt <= text.updatedAt) texts[id] = text;
  return { version: 2, texts };
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
