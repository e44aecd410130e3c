'use client';

import { openAppDb, type Db } from '@/lib/storage/db';
import { dbExists } from '@/lib/storage/db-name';
import { STORE_KEYS } from '@/lib/storage/keys';
import { announceBackups } from './backups-event';

// The one connection of this page to the app's database, and the one run of the saved texts'
// migration from localStorage (shared by the import pages and the recovery banner).

let db: Promise<Db | null> | null = null;
let migration: Promise<void> | null = null;

/** The database, or null where this browser keeps none (IndexedDB missing or blocked). */
export const getDb = () =>
  (db ??= openAppDb()
    .then((opened) => {
      // A newer version opened in another tab closes this connection (see openAppDb): the next call opens it again.
      opened.addEventListener('versionchange', () => (db = null));
      return opened;
    })
    .catch(() => null));

/** Moves saved texts out of localStorage, once per page load; a failed run is tried again on the next call. */
export function ensureMigrated(): Promise<void> {
  return (migration ??= (async () => {
    const database = await getDb();
    if (!database) return;
    // The saved texts' code (zod schemas, compaction) loads with the first use of the database, not with the page.
    const { migrateLegacyTexts } = await import('@/lib/textimport/text-db');
    const { keptAside } = await migrateLegacyTexts(database, localStorage);
    if (keptAside) announceBackups();
  })().catch(() => {
    migration = null; // the old key is still there and readable: the next load (or call) resumes
  }));
}

/** Whether there is anything to look at: the database, or saved texts still in localStorage. */
export async function hasStoredData(): Promise<boolean> {
  try {
    if (localStorage.getItem(STORE_KEYS.texts) !== null) return true;
  } catch {
    return false;
  }
  return dbExists(true);
}
