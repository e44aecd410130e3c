'use client';

import { STORE_KEYS } from '@/lib/storage';
import { TEXTS_KEY } from '@/lib/textimport';
import { readLegacyTexts } from '@/lib/textimport/text-db';
import { backupText, listDbBackups } from '@/lib/storage/db';
import { ensureMigrated, getDb, hasStoredData } from './app-db';

// Loaded by the recovery banner after first paint: what is kept aside in the database.

/**
 * Backups in the database (after moving any saved texts still in localStorage, so that unreadable
 * ones are announced). Where the move cannot happen (no database here, or it failed), unreadable
 * saved texts still in localStorage are listed where they are (`inPlace`).
 */
export async function readDbBackups(): Promise<{ key: string; store: string; inPlace?: true }[]> {
  if (!(await hasStoredData())) return [];
  await ensureMigrated();
  const db = await getDb();
  const kept: { key: string; store: string; inPlace?: true }[] = [];
  const raw = localStorage.getItem(TEXTS_KEY);
  if (raw !== null && readLegacyTexts(localStorage) === null) kept.push({ key: TEXTS_KEY, store: TEXTS_KEY, inPlace: true });
  if (!db) return kept;
  for (const key of await listDbBackups(db))
    kept.push({ key, store: Object.values(STORE_KEYS).find((store) => key.startsWith(`${store}.backup.`)) ?? '' });
  return kept;
}

/** A backup's text for download, read when it is asked for. */
export async function readDbBackupText(key: string): Promise<string> {
  const db = await getDb();
  const record = db ? await db.get('backups', key) : undefined;
  return record ? backupText(record.data) : '';
}
