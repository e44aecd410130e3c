import { hasAudio } from '@/lib/audio/store';
import { DB_NAME } from '@/lib/storage/db-name';
import { getDb } from '../storage/app-db';

/** Whether audio is attached to this text in this browser; never creates the database just to look. */
export async function hasStoredAudio(key: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return false;
  if (!(await indexedDB.databases()).some((d) => d.name === DB_NAME)) return false;
  const db = await getDb();
  return db ? hasAudio(db, key) : false;
}
