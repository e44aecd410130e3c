/**
 * Every localStorage key of the app, and the one format of the keys under which unreadable data
 * is kept aside. e.g. STORE_KEYS.progress → 'hanyeong.progress'; its backups
 * 'hanyeong.progress.backup.2026-11-28T17:00:00.000Z'.
 */
export const STORE_KEYS = {
  progress: 'hanyeong.progress',
  texts: 'hanyeong.texts',
  lookups: 'hanyeong.lookups',
  /** The translator that a text without English links each sentence to (lib/lookup/sentence.ts). */
  sentenceLookup: 'hanyeong.sentence-lookup',
  /** The import page's draft: title, Korean and English as typed, until analysed and saved or cleared. */
  draft: 'hanyeong.draft',
} as const;
export type StoreKey = (typeof STORE_KEYS)[keyof typeof STORE_KEYS];

/** What every backup key of a store starts with. e.g. backupPrefixOf('hanyeong.texts') → 'hanyeong.texts.backup.' */
export const backupPrefixOf = (key: string) => `${key}.backup.`;

/** The backup key of a store at a moment: where its unreadable data is kept aside. */
export const backupKeyOf = (key: string, now: Date) => `${backupPrefixOf(key)}${now.toISOString()}`;

/** The file name a backup downloads as. e.g. 'hanyeong.texts.backup.2026-…Z' → 'hanyeong-texts-backup-2026-…Z.json' */
export const backupFileName = (backupKey: string) => `${backupKey.replace(/[:.]/g, '-')}.json`;

/** Backup keys kept by any store of the app (progress, saved texts), oldest first. */
export function listBackups(storage: Pick<Storage, 'key' | 'length'>): string[] {
  const prefixes = Object.values(STORE_KEYS).map(backupPrefixOf);
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && prefixes.some((prefix) => key.startsWith(prefix))) keys.push(key);
  }
  return keys.sort();
}
