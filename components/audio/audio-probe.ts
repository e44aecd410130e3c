import { hasAudio } from '@/lib/audio/store';
import { dbExists } from '@/lib/storage/db-name';
import { getDb } from '../storage/app-db';

/** Whether audio is attached to this text in this browser; never creates the database just to look. */
export async function hasStoredAudio(key: string): Promise<boolean> {
  if (!(await dbExists(false))) return false;
  const db = await getDb();
  return db ? hasAudio(db, key) : false;
}
