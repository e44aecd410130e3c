import { describe, expect, it } from 'vitest';
import { readStore, writeStore } from './versioned';

const NOW = new Date('2026-11-28T09:00:00.000Z');
/** A localStorage with a quota in characters, as a browser's. */
const quota = (limit: number, initial: Record<string, string> = {}) => {
  const map = new Map(Object.entries(initial));
  const used = () => [...map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (used() - (map.get(k)?.length ?? 0) + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
};
const parse = (raw: string) => {
  const data = JSON.parse(raw) as { n: number };
  if (typeof data.n !== 'number') throw new Error('no n');
  return data;
};
const empty = () => ({ n: 0 });

describe('unreadable data too large to copy', () => {
  const raw = `{"n": ${'9'.repeat(1000)}`;

  it('stays where it is, announced as kept in place, and nothing writes over it', () => {
    const storage = quota(1500, { store: raw });
    const { value, recovery } = readStore(storage, 'store', parse, empty, NOW);
    expect(value).toEqual({ n: 0 });
    expect(recovery).toMatchObject({ reason: 'invalid', backupKey: 'store', inPlace: true });
    expect(storage.map.get('store')).toBe(raw);
    expect(() => writeStore(storage, 'store', { n: 1 }, parse, (_a, b) => b, empty)).toThrow('kept in place');
    expect(storage.map.get('store')).toBe(raw);
  });

  it('is copied to a backup key when it fits, as before', () => {
    const storage = quota(5000, { store: raw });
    const { recovery } = readStore(storage, 'store', parse, empty, NOW);
    expect(recovery).toEqual({ reason: 'invalid', detail: expect.any(String), backupKey: `store.backup.${NOW.toISOString()}` });
    expect(storage.map.get(recovery!.backupKey)).toBe(raw);
  });
});
