import { STORE_KEYS, backupPrefixOf } from '@/lib/storage/keys';

/** Where progress lives in localStorage, and where unreadable progress is kept aside. */
export const PROGRESS_KEY = STORE_KEYS.progress;
export const BACKUP_PREFIX = backupPrefixOf(PROGRESS_KEY);
