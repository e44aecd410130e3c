import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { READER_BOOT_SCRIPT } from '@/components/reader/reader-boot';
import { encodeReaderPrefs, readReaderPrefs, writtenByScript } from '@/lib/reader-prefs';
import { hashCsp, pageCsp } from '@/lib/security-headers';
import { etagOf, hashOf, inlineScripts } from '@/scripts/reader-csp.mjs';
import { etagMatches, readerRoute } from './reader-route';

const HASHES = { '/en/read/story': ['sha256-abc='], '/en/read/story/pages/3': ['sha256-p3='] };
const route = (path: string, query = '', cookie?: string, hashes: typeof HASHES | null = HASHES) =>
  readerRoute(path, new URLSearchParams(query), cookie, hashes);

describe('readerRoute', () => {
  it('serves the static page to a reader with no settings, or settings the page script applies', () => {
    expect(route('/en/read/story')).toEqual({ kind: 'static', hashes: ['sha256-abc='] });
    expect(route('/en/read/story', '', 'ko.1.0.1.j')).toEqual({ kind: 'static', hashes: ['sha256-abc='] });
    expect(route('/en/read/story', 'utm=x&page=1')).toEqual({ kind: 'static', hashes: ['sha256-abc='] });
    // Page 3 of a long article is the build's /pages/3.
    expect(route('/en/read/story', 'page=3')).toEqual({ kind: 'static', hashes: ['sha256-p3='], path: '/en/read/story/pages/3' });
  });

  it('renders per request what the static page cannot show', () => {
    const personal = { kind: 'personal', path: '/en/read/story/personal' };
    expect(route('/en/read/story', 'view=ko')).toEqual(personal); // a link with settings
    expect(route('/en/read/story', 'hide=0')).toEqual(personal);
    expect(route('/en/read/story', '', 'ko.0.0.0')).toEqual(personal); // saved without JavaScript
    expect(route('/en/read/story', '', 'auto.0.1.0.j')).toEqual(personal); // romanization
    expect(route('/en/read/story', 'page=4')).toEqual(personal); // past the end: its 404
    expect(route('/en/read/story', 'page=03')).toEqual(personal);
    expect(route('/en/read/story', 'page=3&view=ko')).toEqual(personal);
    expect(route('/en/read/other')).toEqual({ kind: 'personal', path: '/en/read/other/personal' }); // not built
    expect(route('/en/read/story', '', undefined, null)).toEqual(personal); // development
  });

  it('leaves other paths alone', () => {
    expect(route('/en/read/story/words.json')).toBeNull();
    expect(route('/en/read/story/personal')).toBeNull();
    // The build's page 3 itself (the proxy sees its own rewrite): its hashes, nothing rewritten.
    expect(route('/en/read/story/pages/3')).toEqual({ kind: 'static', hashes: ['sha256-p3='] });
    expect(route('/en/read/story/pages/9')).toBeNull();
    expect(route('/en/glossary')).toBeNull();
    expect(route('/en/read/toString', '', undefined, HASHES)).toEqual({ kind: 'personal', path: '/en/read/toString/personal' });
  });
});

describe('reader cookie', () => {
  it('marks the settings the page script wrote, and reads both forms alike', () => {
    const prefs = { view: 'ko', hide: true, rr: false, st: true } as const;
    expect(encodeReaderPrefs(prefs, true)).toBe('ko.1.0.1.j');
    expect(writtenByScript('ko.1.0.1.j')).toBe(true);
    expect(writtenByScript('ko.1.0.1')).toBe(false);
    expect(readReaderPrefs(new URLSearchParams(), 'ko.1.0.1.j')).toEqual(prefs);
  });
});

describe('hashCsp', () => {
  it('allows the listed inline scripts and this app’s files, nothing inline else', () => {
    const policy = hashCsp(['sha256-abc=', 'sha256-def=']);
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toMatch(/unsafe|nonce/);
    // Every other directive is the nonce policy's.
    const rest = (p: string) => p.split('; ').filter((d) => !d.startsWith('script-src'));
    expect(rest(policy)).toEqual(rest(pageCsp('n', false)));
  });
});

describe('reader-csp (after the build)', () => {
  it('hashes inline scripts as the browser does, and skips scripts with a src', () => {
    const html = '<script src="/a.js" async></script><script>self.x=1</script><script nonce="n">a("</")</script>';
    expect(inlineScripts(html)).toEqual(['self.x=1', 'a("</")']);
    // echo -n 'self.x=1' | openssl dgst -sha256 -binary | base64
    expect(hashOf('self.x=1')).toBe('sha256-OeQ5f9lOMes7jOc0cGCXX08CnAERweUkLpVXXpflaLg=');
  });
});

describe('static reader ETags', () => {
  it('are the same for the same HTML and differ for other HTML', () => {
    expect(etagOf('<p>a</p>')).toBe(etagOf('<p>a</p>'));
    expect(etagOf('<p>a</p>')).not.toBe(etagOf('<p>b</p>'));
    expect(etagOf('<p>a</p>')).toMatch(/^W\/"r-[A-Za-z0-9_-]{22}"$/);
    expect(etagMatches(etagOf('<p>a</p>'), etagOf('<p>a</p>'))).toBe(true);
  });

  it('match an If-None-Match that names them, weakly or among others, or "*"', () => {
    expect(etagMatches('"r-b"', '"r-b"')).toBe(true);
    expect(etagMatches('W/"r-a", W/"r-b"', '"r-b"')).toBe(true);
    expect(etagMatches(' "r-a" ,"r-b" ', '"r-b"')).toBe(true);
    expect(etagMatches('*', '"r-b"')).toBe(true);
    expect(etagMatches('"r-a"', '"r-b"')).toBe(false);
    expect(etagMatches('r-b', '"r-b"')).toBe(false);
    expect(etagMatches('', '"r-b"')).toBe(false);
    expect(etagMatches(null, '"r-b"')).toBe(false);
  });
});

describe('READER_BOOT_SCRIPT', () => {
  /** Runs the boot script against a cookie, with an article element and a hint paragraph. */
  function boot(cookie: string) {
    const attributes = new Map<string, string>([['data-view', 'auto']]);
    const article = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
    const hint = { textContent: '', getAttribute: () => 'Tap a sentence to reveal it' };
    const document = { cookie, currentScript: { parentElement: article }, querySelector: () => hint };
    runInNewContext(READER_BOOT_SCRIPT, { document });
    return { attributes: Object.fromEntries(attributes), hint: hint.textContent };
  }

  it('puts the saved view, hidden translation and status colours on the article, and shows the hint', () => {
    expect(boot('a=1; reader=ko.1.0.1.j')).toEqual({
      attributes: { 'data-view': 'ko', 'data-hide': '', 'data-st': '' },
      hint: 'Tap a sentence to reveal it',
    });
  });

  it('leaves the page as rendered without a cookie, or with a view it does not know', () => {
    expect(boot('')).toEqual({ attributes: { 'data-view': 'auto' }, hint: '' });
    expect(boot('reader=<b>.0.0.0')).toEqual({ attributes: { 'data-view': 'auto' }, hint: '' });
    expect(boot('myreader=ko.1.0.0')).toEqual({ attributes: { 'data-view': 'auto' }, hint: '' });
  });
});
