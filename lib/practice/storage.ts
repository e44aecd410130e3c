import { readStore, writeStore, type Recovery } from '@/lib/storage';
import { PROGRESS_KEY } from './keys';
import { mergeProgress } from './merge';
import { migrateProgress } from './migrate';
import { emptyProgress, type Progress } from './schema';

export type { Recovery };

/**
 * Reads progress, validated and migrated. Unreadable or unknown-version data is never dropped:
 * it is copied, as it was, to a backup key first, and the caller is told.
 */
export function loadProgress(
  storage: Parameters<typeof readStore>[0],
  now = new Date(),
): { progress: Progress; recovery: Recovery | null } {
  const { value, recovery } = readStore(storage, PROGRESS_KEY, migrateProgress, emptyProgress, now);
  return { progress: value, recovery };
}

/** Writes progress merged with what is stored now (last writer per card). Returns what was written. */
export function saveProgress(storage: Parameters<typeof readStore>[0], progress: Progress): Progress {
  return writeStore(storage, PROGRESS_KEY, progress, migrateProgress, mergeProgress, emptyProgress);
}
