import { isDefaultPrefs, readReaderPrefs, TOGGLES, writtenByScript } from '@/lib/reader-prefs';

/** An article's reader page: /en/read/some-slug. */
const READER = /^\/([a-z]{2})\/read\/([^/]+)$/;
/** Where the build keeps page 2 and on of a long article (the proxy runs again on its own rewrites). */
const BUILT_PAGE = /^\/([a-z]{2})\/read\/([^/]+)\/pages\/[1-9]\d*$/;

/** The script hashes of each static reader page, by path (scripts/reader-csp.mjs writes them at build). */
export type ReaderHashes = Readonly<Record<string, readonly string[]>>;

export type ReaderRoute =
  /** The build's page, under a policy of these script hashes; `path`: where it is, when it is not the URL's own path (page 2 and on). */
  | { kind: 'static'; hashes: readonly string[]; path?: string }
  /** Rendered per request with the reader's settings, at this internal path. */
  | { kind: 'personal'; path: string };

/**
 * How a reader page is answered. The build's static page (one render, reused) serves a reader
 * with the default settings, or with settings the page's own script saved and applies before the
 * first paint. Per request: settings in the URL (a shared link, or a change made without
 * JavaScript), settings saved without JavaScript, romanization (which the boot script does not
 * apply), any page but the first, and any path the build has no hashes for (as in development).
 * Not a reader page: null.
 * e.g. ('/en/read/x', ?view=ko) → personal '/en/read/x/personal'; ('/en/read/x', no cookie) → static
 */
export function readerRoute(
  pathname: string,
  query: URLSearchParams,
  cookie: string | undefined,
  hashes: ReaderHashes | null,
): ReaderRoute | null {
  if (BUILT_PAGE.test(pathname)) return hashes && Object.hasOwn(hashes, pathname) ? { kind: 'static', hashes: hashes[pathname]! } : null;
  if (!READER.test(pathname)) return null;
  const personal = { kind: 'personal', path: `${pathname}/personal` } as const;
  // Page 1 is the article's own path; page N (2 and on, written plainly) is the build's /pages/N.
  const page = query.get('page') ?? '1';
  const path = page === '1' ? pathname : /^[1-9]\d{0,5}$/.test(page) ? `${pathname}/pages/${page}` : null;
  if (!path || !hashes || !Object.hasOwn(hashes, path)) return personal;
  const own = hashes[path]!;
  if (['view', ...TOGGLES].some((name) => query.has(name))) return personal;
  const prefs = readReaderPrefs(new URLSearchParams(), cookie);
  if (!isDefaultPrefs(prefs) && (!writtenByScript(cookie) || prefs.rr)) return personal;
  return path === pathname ? { kind: 'static', hashes: own } : { kind: 'static', hashes: own, path };
}

/**
 * Whether a request's If-None-Match names this ETag (weakly compared, as RFC 9110 has it for
 * If-None-Match), or is "*". e.g. ('W/"r-a", "r-b"', '"r-b"') → true; (null, '"r-b"') → false
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
