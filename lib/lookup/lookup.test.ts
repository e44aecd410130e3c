import { describe, expect, it } from 'vitest';
import { readStore, StoreError, writeStore } from '@/lib/storage';
import {
  addDictionary,
  DEFAULT_DICTIONARIES,
  emptyLookupStore,
  LOOKUPS_KEY,
  lookupUrl,
  mergeLookupStores,
  parseLookupStore,
  removeDictionary,
  restoreDefaults,
  restoreDictionary,
  validateTemplate,
  type LookupStore,
} from './index';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const memory = (initial: Record<string, string> = {}) => {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};
const mine = { id: 'daum', name: 'Daum', template: 'https://dic.daum.net/search.do?q={lemma}' };

describe('lookupUrl', () => {
  it.each([
    [
      '쏟아붓다 in Wiktionary',
      'https://en.wiktionary.org/wiki/{lemma}',
      '쏟아붓다',
      'https://en.wiktionary.org/wiki/%EC%8F%9F%EC%95%84%EB%B6%93%EB%8B%A4',
    ],
    [
      '가다 in Naver (after the hash)',
      'https://en.dict.naver.com/#/search?query={lemma}',
      '가다',
      'https://en.dict.naver.com/#/search?query=%EA%B0%80%EB%8B%A4',
    ],
    ['a lemma with & and / kept inside its parameter', 'https://x.org/?q={lemma}', 'a&b/c', 'https://x.org/?q=a%26b%2Fc'],
    ['{lemma} twice', 'https://x.org/{lemma}?q={lemma}', '집', 'https://x.org/%EC%A7%91?q=%EC%A7%91'],
    ['decomposed Hangul (NFD) encoded as NFC', 'https://x.org/{lemma}', '집'.normalize('NFD'), 'https://x.org/%EC%A7%91'],
  ])('%s', (_name, template, lemma, url) => {
    expect(lookupUrl(template, lemma)).toBe(url);
  });

  it('gives krdict the lemma in its search parameter', () => {
    const url = new URL(lookupUrl(DEFAULT_DICTIONARIES[0]!.template, '설계되다'));
    expect(url.searchParams.get('mainSearchWord')).toBe('설계되다');
  });
});

describe('validateTemplate', () => {
  it.each([
    ['an https template', 'Daum', 'https://dic.daum.net/search.do?q={lemma}', null],
    ['an http template', 'Local', 'http://localhost:8080/{lemma}', null],
    ['javascript:', 'Evil', 'javascript:alert(1)/{lemma}', 'not-http'],
    ['JavaScript: in capitals', 'Evil', 'JavaScript:alert(1)//{lemma}', 'not-http'],
    ['data:', 'Evil', 'data:text/html,<script>alert(1)</script>{lemma}', 'not-http'],
    ['ftp:', 'Files', 'ftp://example.org/{lemma}', 'not-http'],
    ['no {lemma}', 'Daum', 'https://dic.daum.net/search.do?q=', 'no-lemma'],
    ['{LEMMA} in capitals is not the placeholder', 'Daum', 'https://dic.daum.net/?q={LEMMA}', 'no-lemma'],
    ['no scheme', 'Daum', 'dic.daum.net/search.do?q={lemma}', 'invalid-url'],
    ['{lemma} in the host', 'Evil', 'https://{lemma}.example.org/', 'invalid-url'],
    ['no host', 'Evil', 'https:///{lemma}', 'invalid-url'],
    ['a space inside', 'Daum', 'https://dic.daum.net/search do?q={lemma}', 'invalid-url'],
    ['an empty name', '   ', 'https://dic.daum.net/?q={lemma}', 'empty-name'],
    ['a template over 300 characters', 'Long', `https://x.org/${'a'.repeat(300)}{lemma}`, 'too-long'],
    ['a name over 40 characters', 'n'.repeat(41), 'https://x.org/{lemma}', 'too-long'],
    ['a name already in the list (any case)', 'naver', 'https://x.org/{lemma}', 'duplicate'],
    ['a template already in the list', 'Wiki again', 'https://en.wiktionary.org/wiki/{lemma}', 'duplicate'],
  ])('%s', (_name, name, template, error) => {
    expect(validateTemplate(name, template, DEFAULT_DICTIONARIES)).toBe(error);
  });

  it('accepts every default', () => {
    for (const d of DEFAULT_DICTIONARIES) expect(validateTemplate(d.name, d.template)).toBeNull();
  });
});

describe('the look-up store', () => {
  it('starts with the three defaults', () => {
    expect(emptyLookupStore().dictionaries.map((d) => d.name)).toEqual(['krdict', 'Naver', 'Wiktionary']);
  });

  it('round-trips through storage, validated', () => {
    const storage = memory();
    const value = addDictionary(emptyLookupStore(), { ...mine, name: '  Daum ' });
    writeStore(storage, LOOKUPS_KEY, value, parseLookupStore, mergeLookupStores, emptyLookupStore);
    const read = readStore(storage, LOOKUPS_KEY, parseLookupStore, emptyLookupStore).value;
    expect(read.dictionaries.at(-1)).toEqual(mine);
  });

  it.each([
    ['corrupt JSON', '{"version":1,', 'unreadable'],
    ['an unknown version', '{"version":2,"dictionaries":[]}', 'unknown-version'],
    ['no version', '{"dictionaries":[]}', 'unknown-version'],
    ['a list that is not a list', '{"version":1,"dictionaries":{}}', 'invalid'],
    [
      'a javascript: template',
      JSON.stringify({ version: 1, dictionaries: [{ ...mine, template: 'javascript:alert(1)//{lemma}' }] }),
      'invalid',
    ],
    ['a template without {lemma}', JSON.stringify({ version: 1, dictionaries: [{ ...mine, template: 'https://x.org/' }] }), 'invalid'],
    ['an empty name', JSON.stringify({ version: 1, dictionaries: [{ ...mine, name: '' }] }), 'invalid'],
  ])('refuses %s with StoreError, and keeps it aside under a backup key', (_name, raw, reason) => {
    expect(() => parseLookupStore(raw)).toThrow(StoreError);
    const storage = memory({ [LOOKUPS_KEY]: raw });
    const { value, recovery } = readStore(storage, LOOKUPS_KEY, parseLookupStore, emptyLookupStore, NOW);
    expect(value).toEqual(emptyLookupStore());
    expect(recovery).toMatchObject({ reason, backupKey: `${LOOKUPS_KEY}.backup.${NOW.toISOString()}` });
    expect(storage.getItem(recovery!.backupKey)).toBe(raw);
  });

  it('keeps an empty list empty (the person removed them all)', () => {
    expect(parseLookupStore('{"version":1,"dictionaries":[]}')).toEqual({ version: 1, dictionaries: [] });
  });

  it('removes, puts back where it was, and restores the defaults without losing the person’s own', () => {
    const start: LookupStore = addDictionary(emptyLookupStore(), mine);
    const naver = start.dictionaries[1]!;
    const removed = removeDictionary(start, 'naver');
    expect(removed.dictionaries.map((d) => d.id)).toEqual(['krdict', 'wiktionary', 'daum']);
    expect(restoreDictionary(removed, naver, 1)).toEqual(start);
    const bare = removeDictionary(removeDictionary(removed, 'krdict'), 'wiktionary');
    expect(restoreDefaults(bare).dictionaries.map((d) => d.id)).toEqual(['krdict', 'naver', 'wiktionary', 'daum']);
  });
});
