export { readStore, writeStore, backupKeyOf, parseVersioned, StoreError } from './versioned';
export type { Recovery } from './versioned';
