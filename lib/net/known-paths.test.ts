import { describe, expect, it } from 'vitest';
import { articleSlugs, pathKind } from './known-paths';

const slug = [...articleSlugs()][0]!;

describe('pathKind: which policy a path gets from the proxy', () => {
  it.each([
    ['/api/analyse', 'data'],
    ['/api/nope', 'unknown-data'],
    ['/api', 'unknown-data'],
    ['/glossary.csv', 'data'],
    ['/glossary.tsv', 'data'],
    ['/favicon.ico', 'data'],
    ['/icon.svg', 'data'],
    ['/licenses/Pretendard-OFL.txt', 'data'],
    [`/ko/read/${slug}/words.json`, 'data'],
    [`/en/read/${slug}/words.json`, 'data'],
    [`/fr/read/${slug}/words.json`, 'unknown-data'],
    ['/ko/read/no-such-article/words.json', 'unknown-data'],
    [`/ko/read/${slug}/pages/3/words.json`, 'data'],
    ['/ko/read/no-such-article/pages/3/words.json', 'unknown-data'],
    [`/ko/read/${slug}/pages/03/words.json`, 'page'],
    ['/ko/read/__proto__/words.json', 'unknown-data'],
    ['/__proto__/read/constructor/words.json', 'unknown-data'],
    ['/ko', 'page'],
    [`/ko/read/${slug}`, 'page'],
    ['/ko/read/a.b', 'page'],
    ['/.env', 'page'],
    ['/licenses/nope.txt', 'page'],
    ['/toString', 'page'],
  ])('%s → %s', (pathname, kind) => {
    expect(pathKind(pathname)).toBe(kind);
  });
});
