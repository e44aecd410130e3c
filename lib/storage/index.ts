export { readStore, writeStore, backupKeyOf, StoreError } from './versioned';
export type { Recovery } from './versioned';
