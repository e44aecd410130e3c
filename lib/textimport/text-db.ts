import { z } from 'zod/mini';
import { type ImportedText } from '@/lib/payload';
import { backupKeyOf, isoDateTime, StoreError } from '@/lib/storage';
import { keepAside, type Db } from '@/lib/storage/db';
import { gunzipJson, gzipJson } from '@/lib/storage/gzip';
import { compactText, compactTextSchema, expandText } from './compact';
import { parseTextStore, TEXTS_KEY, type SavedText } from './saved';
import { translationsSchema, withTranslation } from './translation';

// Saved texts in IndexedDB (browser; fake-indexeddb in tests). One small record per text (title,
// dates) in `texts`, its analysis gzipped in `analyses`, both under the text's id and both
// versioned (3: the localStorage store was 1 and 2). Every record is validated when read; one that
// cannot be used is moved, as it was, to `backups` and the caller is told its backup key.

export const TEXT_RECORD_VERSION = 3;

const metaSchema = z.object({
  version: z.literal(TEXT_RECORD_VERSION),
  id: z.string(),
  title: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: z.optional(isoDateTime),
  /** The learner's own translations of its sentences (a text without English), by sentence id. */
  translations: z.optional(translationsSchema),
});
/** A saved text without its analysis: what the list of texts shows. */
export type SavedMeta = Omit<z.infer<typeof metaSchema>, 'version'>;
type AnalysisRecord = { version: typeof TEXT_RECORD_VERSION; gz: Uint8Array };

const metaOf = (saved: SavedMeta): z.infer<typeof metaSchema> => {
  const { id, title, createdAt, updatedAt, deletedAt, translations } = saved;
  return {
    version: TEXT_RECORD_VERSION,
    id,
    title,
    createdAt,
    updatedAt,
    ...(deletedAt ? { deletedAt } : {}),
    ...(translations && Object.keys(translations).length ? { translations } : {}),
  };
};

/** Both records of a text, ready to store. */
export async function recordsOf(saved: SavedText): Promise<{ meta: z.infer<typeof metaSchema>; analysis: AnalysisRecord }> {
  return { meta: metaOf(saved), analysis: { version: TEXT_RECORD_VERSION, gz: await gzipJson(compactText(saved.text)) } };
}

function parseMeta(id: string, value: unknown): SavedMeta {
  const parsed = metaSchema.safeParse(value);
  if (!parsed.success) throw new StoreError('invalid', `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  if (parsed.data.id !== id)
    throw new StoreError('invalid', `stored under ${JSON.stringify(id)} but names ${JSON.stringify(parsed.data.id)}`);
  const { version: _version, ...meta } = parsed.data;
  return meta;
}

async function parseAnalysis(value: unknown): Promise<ImportedText> {
  const record = value as Partial<AnalysisRecord> | undefined;
  if (record?.version !== TEXT_RECORD_VERSION)
    throw new StoreError('unknown-version', `analysis version ${JSON.stringify(record?.version)}`);
  if (!(record.gz instanceof Uint8Array)) throw new StoreError('invalid', 'the analysis is not gzipped bytes');
  let data: unknown;
  try {
    data = await gunzipJson(record.gz);
  } catch (error) {
    throw new StoreError('unreadable', `the analysis could not be unpacked: ${(error as Error).message}`);
  }
  const parsed = compactTextSchema.safeParse(data);
  if (!parsed.success) throw new StoreError('invalid', `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  try {
    return expandText(parsed.data);
  } catch (error) {
    throw new StoreError('invalid', (error as Error).message);
  }
}

/** Moves both records of a text, as they are, to the backups; returns the backup key. */
async function keepTextAside(db: Db, id: string, error: unknown, now: Date): Promise<string> {
  const [meta, analysis] = await Promise.all([db.get('texts', id), db.get('analyses', id)]);
  const key = await keepAside(db, {
    key: `${backupKeyOf(TEXTS_KEY, now)}-${crypto.randomUUID().slice(0, 8)}`,
    store: TEXTS_KEY,
    at: now.toISOString(),
    reason: error instanceof StoreError ? error.reason : 'invalid',
    detail: (error as Error).message,
    data: { id, meta: meta ?? null, analysis: analysis ?? null },
  });
  const tx = db.transaction(['texts', 'analyses'], 'readwrite');
  await Promise.all([tx.objectStore('texts').delete(id), tx.objectStore('analyses').delete(id), tx.done]);
  return key;
}

/** Every saved text's title and dates, in a Map by id; unreadable ones are kept aside and listed. */
export async function listTexts(db: Db, now = new Date()): Promise<{ texts: Map<string, SavedMeta>; keptAside: string[] }> {
  const texts = new Map<string, SavedMeta>();
  const keptAside: string[] = [];
  const tx = db.transaction('texts');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  for (const [i, key] of keys.entries()) {
    try {
      texts.set(key, parseMeta(key, values[i]));
    } catch (error) {
      keptAside.push(await keepTextAside(db, key, error, now));
    }
  }
  return { texts, keptAside };
}

/** One saved text with its analysis; null when there is none (or only a deleted one's title, see `deletedAt`). */
export async function readText(db: Db, id: string, now = new Date()): Promise<{ text: SavedText | null; keptAside: string | null }> {
  const [meta, analysis] = await Promise.all([db.get('texts', id), db.get('analyses', id)]);
  if (meta === undefined) return { text: null, keptAside: null };
  try {
    return { text: { ...parseMeta(id, meta), text: await parseAnalysis(analysis) }, keptAside: null };
  } catch (error) {
    return { text: null, keptAside: await keepTextAside(db, id, error, now) };
  }
}

/** Stores a text, both records in one transaction: either both are there afterwards or neither changed. */
export async function putText(db: Db, saved: SavedText): Promise<void> {
  const { meta, analysis } = await recordsOf(saved);
  const tx = db.transaction(['texts', 'analyses'], 'readwrite');
  await Promise.all([tx.objectStore('texts').put(meta, saved.id), tx.objectStore('analyses').put(analysis, saved.id), tx.done]);
}

/** A change to one saved text: rename, delete (kept, so it can be undone) or undo, or one sentence's own translation (null removes it). */
export type TextChange = { title?: string; deleted?: boolean; translation?: { sentenceId: string; text: string | null } };

/** A change to one text, stamped, in one transaction (nothing else written meanwhile is lost). False when there is no such text. */
export async function changeTextRecord(db: Db, id: string, change: TextChange, now = new Date()): Promise<boolean> {
  const tx = db.transaction('texts', 'readwrite');
  const stored = await tx.store.get(id);
  if (stored === undefined) return false;
  const next = { ...parseMeta(id, stored), updatedAt: now.toISOString() };
  if (change.title !== undefined) next.title = change.title;
  if (change.deleted === true) next.deletedAt = now.toISOString();
  if (change.deleted === false) delete next.deletedAt;
  if (change.translation)
    next.translations = withTranslation(next.translations, change.translation.sentenceId, change.translation.text, now);
  await Promise.all([tx.store.put(metaOf(next), id), tx.done]);
  return true;
}

/** Test seam: called after each text is copied, so that a test can fail the migration half-way. */
export type MigrationHooks = { afterCopy?: (id: string) => void | Promise<void> };

/**
 * Moves saved texts from localStorage (store version 1 or 2) into the database without losing any:
 * copy each text (a later change already in the database wins), read every one back and check it,
 * and only then remove the localStorage key. Unreadable data is kept aside in the database (read
 * back and compared) before the key goes. Anything that fails leaves the key as it was, so the
 * texts stay readable from it, and the next load runs the migration again (copies are idempotent).
 */
export async function migrateLegacyTexts(
  db: Db,
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  now = new Date(),
  hooks: MigrationHooks = {},
): Promise<{ migrated: number; keptAside: string | null }> {
  const raw = storage.getItem(TEXTS_KEY);
  if (raw === null) return { migrated: 0, keptAside: null };
  let legacy: ReturnType<typeof parseTextStore>;
  try {
    legacy = parseTextStore(raw);
  } catch (error) {
    const keptAside = await keepAside(db, {
      key: backupKeyOf(TEXTS_KEY, now),
      store: TEXTS_KEY,
      at: now.toISOString(),
      reason: error instanceof StoreError ? error.reason : 'invalid',
      detail: (error as Error).message,
      data: raw,
    });
    if (storage.getItem(TEXTS_KEY) === raw) storage.removeItem(TEXTS_KEY);
    return { migrated: 0, keptAside };
  }
  const texts = Object.values(legacy.texts);
  for (const saved of texts) {
    const stored = await db.get('texts', saved.id);
    const newer = stored !== undefined && metaSchema.safeParse(stored).data?.updatedAt;
    if (!newer || newer < saved.updatedAt) await putText(db, saved);
    await hooks.afterCopy?.(saved.id);
  }
  for (const saved of texts) {
    const { text } = await readText(db, saved.id, now);
    const whole = text && (text.updatedAt > saved.updatedAt || (text.updatedAt === saved.updatedAt && sameText(text, saved)));
    if (!whole) throw new Error(`text ${saved.id} did not read back from the database as it was copied`);
  }
  // Entries the parser could not carry (an id such as "__proto__") are not lost: the whole old
  // store is kept aside, as it was, before its key goes.
  const ids = Object.keys((JSON.parse(raw) as { texts: object }).texts);
  const dropped = ids.filter((id) => !Object.hasOwn(legacy.texts, id));
  const keptAside = dropped.length
    ? await keepAside(db, {
        key: backupKeyOf(TEXTS_KEY, now),
        store: TEXTS_KEY,
        at: now.toISOString(),
        reason: 'invalid',
        detail: `texts under ids that cannot be used: ${dropped.map((id) => JSON.stringify(id)).join(', ')}`,
        data: raw,
      })
    : null;
  if (storage.getItem(TEXTS_KEY) === raw) storage.removeItem(TEXTS_KEY);
  return { migrated: texts.length, keptAside };
}

const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
          .join(',')}}`
      : JSON.stringify(value);
const sameText = (a: SavedText, b: SavedText) => canonical(a) === canonical(b);

/** The texts of the localStorage store, when it is still there (before or after a failed migration). */
export function readLegacyTexts(storage: Pick<Storage, 'getItem'>): Map<string, SavedText> | null {
  const raw = storage.getItem(TEXTS_KEY);
  if (raw === null) return null;
  try {
    return new Map(Object.entries(parseTextStore(raw).texts));
  } catch {
    return null;
  }
}
