'use client';

import { useSyncExternalStore } from 'react';
import { STORE_KEYS } from '@/lib/storage/keys';
import type { SavedText } from '@/lib/textimport';
import type { SavedMeta, TextChange } from '@/lib/textimport/text-db';
import { ensureMigrated, getDb } from '../storage/app-db';
import { announceBackups } from '../storage/backups-event';

export type TextsState = {
  ready: boolean;
  /** Titles and dates by id (a Map: an id such as "__proto__" is just a missing text). */
  texts: Map<string, SavedMeta>;
  /** 'unavailable': this browser keeps no database here; 'write-failed': the last change was not saved. */
  error: 'unavailable' | 'write-failed' | null;
};

const server: TextsState = { ready: false, texts: new Map(), error: null };
let state = server;
let started = false;
/** The localStorage store while it is still there: before the migration, or after one that failed. */
let legacy: Map<string, SavedText> | null = null;
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
const emit = () => listeners.forEach((listener) => listener());

const TEXTS_KEY = STORE_KEYS.texts;
/** The saved texts' code (zod schemas, compaction, gzip) loads on first use: the import page's first load does not carry it. */
const textDb = () => import('@/lib/textimport/text-db');

const safely = <T>(read: () => T, otherwise: T): T => {
  try {
    return read();
  } catch {
    return otherwise;
  }
};

async function reload() {
  const [db, { listTexts, readLegacyTexts }] = await Promise.all([getDb(), textDb()]);
  let keptAside = false;
  // Until it has finished, on every load: a move cut short resumes here.
  await ensureMigrated();
  legacy = safely(() => readLegacyTexts(localStorage), null);
  const texts = new Map<string, SavedMeta>();
  let error: TextsState['error'] = db ? null : 'unavailable';
  if (db) {
    try {
      const listed = await listTexts(db);
      for (const [id, meta] of listed.texts) texts.set(id, meta);
      keptAside ||= listed.keptAside.length > 0;
    } catch {
      error = 'unavailable';
    }
  }
  for (const [id, saved] of legacy ?? []) {
    const stored = texts.get(id);
    if (stored && stored.updatedAt >= saved.updatedAt) continue;
    const { text: _text, ...meta } = saved;
    texts.set(id, meta);
  }
  state = { ready: true, texts, error };
  if (keptAside) announceBackups();
  emit();
}

const changed = () => {
  channel?.postMessage('changed');
  return reload();
};

/** Stores a newly analysed text. Resolves false when it could not be stored. */
export async function saveText(saved: SavedText): Promise<boolean> {
  const db = await getDb();
  try {
    if (!db) throw new Error('no database');
    const { putText } = await textDb();
    await putText(db, saved);
    void changed(); // the list follows; the text is stored already
    return true;
  } catch {
    state = { ...state, error: 'write-failed' };
    emit();
    return false;
  }
}

/** Rename, delete (kept, undoable), undo a delete, or set a sentence's own translation. Resolves false when it was not saved. */
export async function changeText(id: string, change: TextChange): Promise<boolean> {
  const db = await getDb();
  try {
    if (!db) throw new Error('no database');
    const { changeTextRecord, putText } = await textDb();
    const old = legacy?.get(id);
    if (old && !(await changeTextRecord(db, id, {}))) await putText(db, old);
    if (!(await changeTextRecord(db, id, change))) throw new Error('no such text');
    await changed();
    return true;
  } catch {
    state = { ...state, error: 'write-failed' };
    emit();
    return false;
  }
}

/** One saved text with its analysis; `keptAside` when it could not be read and was kept aside. */
export async function openText(id: string): Promise<{ text: SavedText | null; keptAside: boolean }> {
  const [db, { readLegacyTexts, readText }] = await Promise.all([getDb(), textDb()]);
  const old = safely(() => readLegacyTexts(localStorage), null)?.get(id) ?? null;
  if (!db) return { text: old, keptAside: false };
  try {
    const { text, keptAside } = await readText(db, id);
    if (keptAside) announceBackups();
    const newer = text && old && old.updatedAt > text.updatedAt ? old : (text ?? old);
    return { text: newer, keptAside: !newer && keptAside !== null };
  } catch {
    return { text: old, keptAside: false };
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) {
    started = true;
    void reload();
    window.addEventListener('storage', (event) => event.key === TEXTS_KEY && void reload());
    if ('BroadcastChannel' in window) {
      channel = new BroadcastChannel(TEXTS_KEY);
      channel.onmessage = () => void reload();
    }
  }
  return () => void listeners.delete(listener);
}

/** Imported texts saved in this browser (titles and dates), kept in step with other tabs. */
export function useTexts(): TextsState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => server,
  );
}
