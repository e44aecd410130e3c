import { mergeProgress } from './merge';
import { migrateProgress, ProgressError } from './migrate';
import { emptyProgress, type Progress } from './schema';

import { BACKUP_PREFIX, PROGRESS_KEY } from './keys';

/** Why stored progress could not be used, and where the untouched copy was kept. */
export type Recovery = { reason: ProgressError['reason']; detail: string; backupKey: string };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Reads progress, validated and migrated. Unreadable or unknown-version data is never dropped:
 * it is copied, as it was, to a backup key first, and the caller is told.
 */
export function loadProgress(storage: Storage, now = new Date()): { progress: Progress; recovery: Recovery | null } {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return { progress: emptyProgress(), recovery: null };
  try {
    return { progress: migrateProgress(raw), recovery: null };
  } catch (error) {
    const reason = error instanceof ProgressError ? error.reason : 'invalid';
    const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
    storage.setItem(backupKey, raw); // if this throws (storage full), the original stays where it is
    storage.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
    return { progress: emptyProgress(), recovery: { reason, detail: (error as Error).message, backupKey } };
  }
}

/**
 * Writes progress after merging it with what is stored now, so that another tab's reviews
 * written in between are kept (last writer per card). Returns what was written.
 */
export function saveProgress(storage: Storage, progress: Progress): Progress {
  const raw = storage.getItem(PROGRESS_KEY);
  let stored: Progress | null = null;
  try {
    stored = raw === null ? null : migrateProgress(raw);
  } catch {
    loadProgress(storage); // keeps the unreadable copy aside before anything overwrites it
  }
  const merged = stored ? mergeProgress(stored, progress) : progress;
  storage.setItem(PROGRESS_KEY, JSON.stringify(merged));
  return merged;
}
