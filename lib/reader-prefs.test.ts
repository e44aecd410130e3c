import { describe, expect, it } from 'vitest';
import { encodeReaderPrefs, readReaderPrefs, toReaderQuery } from './reader-prefs';

describe('readReaderPrefs', () => {
  it.each([
    ['', undefined, { view: 'auto', hide: false, rr: false, st: false }],
    ['view=ko', undefined, { view: 'ko', hide: false, rr: false, st: false }],
    ['view=bogus', 'en.1.1.1', { view: 'en', hide: true, rr: true, st: true }],
    ['view=side&hide=0', 'en.1.0', { view: 'side', hide: false, rr: false, st: false }],
    ['rr=1', 'interleaved.0.0', { view: 'interleaved', hide: false, rr: true, st: false }],
    ['', 'garbage', { view: 'auto', hide: false, rr: false, st: false }],
  ])('URL "%s" with cookie %s', (query, cookie, expected) => {
    expect(readReaderPrefs(new URLSearchParams(query), cookie)).toEqual(expected);
  });

  it('round-trips through the query string and the cookie', () => {
    const prefs = { view: 'interleaved', hide: true, rr: true, st: true } as const;
    expect(readReaderPrefs(new URLSearchParams(toReaderQuery(prefs).slice(1)), undefined)).toEqual(prefs);
    expect(readReaderPrefs(new URLSearchParams(''), encodeReaderPrefs(prefs))).toEqual(prefs);
    expect(toReaderQuery({ view: 'auto', hide: false, rr: false, st: false })).toBe('');
    expect(toReaderQuery({ view: 'ko', hide: false, rr: false, st: false }, 3)).toBe('?page=3&view=ko');
    expect(toReaderQuery({ view: 'auto', hide: false, rr: false, st: false }, 1)).toBe('');
  });
});
