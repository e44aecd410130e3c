/** Where progress lives in localStorage, and where unreadable progress is kept aside. */
export const PROGRESS_KEY = 'hanyeong.progress';
export const BACKUP_PREFIX = 'hanyeong.progress.backup.';

/** Backup keys kept by any store of the app (progress, saved texts), oldest first. */
export function listBackups(storage: Pick<Storage, 'key' | 'length'>): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && /^hanyeong\.[a-z]+\.backup\./.test(key)) keys.push(key);
  }
  return keys.sort();
}
