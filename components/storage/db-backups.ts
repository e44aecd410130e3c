'use client';

import { STORE_KEYS } from '@/lib/storage';
import { backupText, listDbBackups } from '@/lib/storage/db';
import { ensureMigrated, getDb, hasStoredData } from './app-db';

// Loaded by the recovery banner after first paint: what is kept aside in the database.

/** Backups in the database (after moving any saved texts still in localStorage, so that unreadable ones are announced). */
export async function readDbBackups(): Promise<{ key: string; store: string }[]> {
  if (!(await hasStoredData())) return [];
  await ensureMigrated();
  const db = await getDb();
  if (!db) return [];
  return (await listDbBackups(db)).map((key) => ({
    key,
    store: Object.values(STORE_KEYS).find((store) => key.startsWith(`${store}.backup.`)) ?? '',
  }));
}

/** A backup's text for download, read when it is asked for. */
export async function readDbBackupText(key: string): Promise<string> {
  const db = await getDb();
  const record = db ? await db.get('backups', key) : undefined;
  return record ? backupText(record.data) : '';
}
