import { backupKeyOf } from './keys';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/**
 * Why stored data could not be used, and where its untouched copy was kept. `inPlace`: the copy
 * did not fit beside it (storage full), so the data stays where it was (`backupKey` is the store's
 * own key) and nothing may be written over it until it has been moved elsewhere.
 */
export type Recovery = { reason: 'unreadable' | 'invalid' | 'unknown-version'; detail: string; backupKey: string; inPlace?: true };

export class StoreError extends Error {
  constructor(
    readonly reason: Recovery['reason'],
    detail: string,
  ) {
    super(detail);
    this.name = 'StoreError';
  }
}

/**
 * Reads a versioned store. `parse` validates (zod) and migrates, or throws StoreError. Data it
 * cannot use is never dropped: it is copied, as it was, to a backup key before anything else.
 */
export function readStore<T>(
  storage: Storage,
  key: string,
  parse: (raw: string) => T,
  empty: () => T,
  now = new Date(),
): { value: T; recovery: Recovery | null } {
  const raw = storage.getItem(key);
  if (raw === null) return { value: empty(), recovery: null };
  try {
    return { value: parse(raw), recovery: null };
  } catch (error) {
    const reason = error instanceof StoreError ? error.reason : 'invalid';
    const detail = (error as Error).message;
    const backupKey = backupKeyOf(key, now);
    try {
      storage.setItem(backupKey, raw);
    } catch {
      // No room for a copy (large data, full storage): it stays where it is, and is announced so.
      return { value: empty(), recovery: { reason, detail, backupKey: key, inPlace: true } };
    }
    storage.setItem(key, JSON.stringify(empty()));
    return { value: empty(), recovery: { reason, detail, backupKey } };
  }
}

/**
 * Writes a store after merging with what is stored now, so that another tab's changes written
 * in between are kept. Unreadable stored data is kept aside first. Returns what was written.
 */
export function writeStore<T>(
  storage: Storage,
  key: string,
  value: T,
  parse: (raw: string) => T,
  merge: (stored: T, mine: T) => T,
  empty: () => T,
): T {
  const { value: stored, recovery } = readStore(storage, key, parse, empty);
  if (recovery?.inPlace) throw new StoreError(recovery.reason, `${key} holds unreadable data that is kept in place: not writing over it`);
  const merged = merge(stored, value);
  storage.setItem(key, JSON.stringify(merged));
  return merged;
}

/**
 * Reads stored JSON and its version, which must be a whole number from 1 to `latest`;
 * throws StoreError ('unreadable' or 'unknown-version') otherwise.
 * e.g. parseVersioned('{"version":1}', 2) → { data: { version: 1 }, version: 1 }
 */
export function parseVersioned(raw: string, latest: number): { data: unknown; version: number } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new StoreError('unreadable', `not JSON: ${(error as Error).message}`);
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > latest) {
    throw new StoreError('unknown-version', `version ${JSON.stringify(version)} is not one this app knows (1 to ${latest})`);
  }
  return { data, version };
}
