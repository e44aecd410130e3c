import { describe, expect, it } from 'vitest';
import { readReaderPrefs, toReaderQuery } from './reader-prefs';

describe('readReaderPrefs', () => {
  it.each([
    ['', undefined, { view: 'auto', hide: false }],
    ['view=ko', undefined, { view: 'ko', hide: false }],
    ['view=bogus', 'en.1', { view: 'en', hide: true }],
    ['view=side&hide=0', 'en.1', { view: 'side', hide: false }],
    ['', 'interleaved.0', { view: 'interleaved', hide: false }],
    ['', 'garbage', { view: 'auto', hide: false }],
  ])('URL "%s" with cookie %s', (query, cookie, expected) => {
    expect(readReaderPrefs(new URLSearchParams(query), cookie)).toMatchObject(expected);
  });

  it('round-trips through the query string', () => {
    const prefs = readReaderPrefs(new URLSearchParams(toReaderQuery('interleaved', true).slice(1)), undefined);
    expect(prefs).toEqual({ view: 'interleaved', hide: true, cookie: 'interleaved.1' });
  });
});
