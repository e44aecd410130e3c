export { readStore, writeStore, parseVersioned, StoreError } from './versioned';
export type { Recovery } from './versioned';
export { STORE_KEYS, backupKeyOf, backupPrefixOf, backupFileName, listBackups } from './keys';
export type { StoreKey } from './keys';
export { isoDateTime } from './schema';
