import type { DBSchema, IDBPDatabase } from 'idb';

// The app's IndexedDB database (browser only): saved texts and their analyses, which outgrow
// localStorage, and unreadable data of any store kept aside whatever its size. Every record is
// versioned or raw, and validated by its reader: this file only knows the shape of the database.

import { DB_NAME } from './db-name';

export { DB_NAME };
// 1: texts, analyses, backups. 2: audio and audioState (an audio file attached to a text, and where
// the learner is in it); an upgrade from 1 keeps every store and record it finds.
const DB_VERSION = 2;

/** Unreadable data kept aside: where it came from, why, and the data exactly as it was stored. */
export type BackupRecord = {
  key: string;
  /** The store it came from, e.g. 'hanyeong.texts'. */
  store: string;
  at: string;
  reason: string;
  detail: string;
  /** A string as it stood in localStorage, or the records as they stood in this database. */
  data: unknown;
};

export interface AppDb extends DBSchema {
  /** A saved text's title and dates (small: the list of texts reads only these). Keyed by id. */
  texts: { key: string; value: unknown };
  /** A saved text's analysis, gzipped. Keyed by the text's id. */
  analyses: { key: string; value: unknown };
  backups: { key: string; value: BackupRecord };
  /** An audio file attached to a text (see lib/audio), kept whole. Keyed by the text's key, e.g. 'article:<slug>'. */
  audio: { key: string; value: unknown };
  /** Where the learner is in a text's audio: position, speed, bookmarks. Keyed as audio; small, written often. */
  audioState: { key: string; value: unknown };
}

export type Db = IDBPDatabase<AppDb>;

/** Opens (and on first use creates) the database. Rejects where IndexedDB is missing or blocked. */
export function openAppDb(name = DB_NAME): Promise<Db> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  // Through a promise: a browser that throws on open (blocked storage) rejects like one that fails.
  // idb itself is loaded then, not with the page: the import page's first load stays within budget.
  return import('idb').then(({ openDB }) =>
    openDB<AppDb>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('texts');
          db.createObjectStore('analyses');
          db.createObjectStore('backups', { keyPath: 'key' });
        }
        if (oldVersion < 2) {
          db.createObjectStore('audio');
          db.createObjectStore('audioState');
        }
      },
      // Another tab opens a newer version: this connection steps aside (its next use opens it again).
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    }),
  );
}

/**
 * Keeps data aside in the database and reads it back to check it arrived whole. If the same data
 * is already kept aside for that store (a move that was interrupted and runs again), that copy is
 * used. Returns the backup key.
 */
export async function keepAside(db: Db, record: Omit<BackupRecord, 'key'> & { key: string }): Promise<string> {
  for (const kept of await db.getAll('backups')) if (kept.store === record.store && sameData(kept.data, record.data)) return kept.key;
  await db.put('backups', record);
  const back = await db.get('backups', record.key);
  if (!back || !sameData(back.data, record.data)) throw new Error(`the copy under ${record.key} did not read back whole`);
  return record.key;
}

const sameData = (a: unknown, b: unknown) => (typeof a === 'string' || typeof b === 'string' ? a === b : encode(a) === encode(b));

/** The keys of the backups kept in the database, oldest first (keys hold the moment); their data is read only when asked for. */
export async function listDbBackups(db: Db): Promise<string[]> {
  return (await db.getAllKeys('backups')).sort();
}

/** The text a backup downloads as: a stored string as it was; records as JSON (bytes as base64). */
export function backupText(data: unknown): string {
  return typeof data === 'string' ? data : encode(data);
}

const encode = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { base64: toBase64(v) } : v), 2);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
