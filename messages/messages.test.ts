import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';

/** Every key path of a nested message object, e.g. "Reader.source". */
function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('UI messages', () => {
  it('ko.json and en.json hold the same keys', () => {
    expect(keyPaths(ko).sort()).toEqual(keyPaths(en).sort());
  });

  it('no message is empty in either language', () => {
    for (const messages of [en, ko]) {
      const flat = keyPaths(messages).map((path) =>
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages),
      );
      expect(flat.filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
    }
  });

  it('the parity check itself notices a missing key', () => {
    expect(keyPaths({ A: { b: 'x', c: 'y' } })).not.toEqual(keyPaths({ A: { b: 'x' } }));
  });
});
