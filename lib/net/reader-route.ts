import { isDefaultPrefs, readReaderPrefs, TOGGLES, writtenByScript } from '@/lib/reader-prefs';

/** An article's reader page: /en/read/some-slug. */
const READER = /^\/([a-z]{2})\/read\/([^/]+)$/;

/** The script hashes of each static reader page, by path (scripts/reader-csp.mjs writes them at build). */
export type ReaderHashes = Readonly<Record<string, readonly string[]>>;

export type ReaderRoute =
  /** The build's page, under a policy of these script hashes. */
  | { kind: 'static'; hashes: readonly string[] }
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
  if (!READER.test(pathname)) return null;
  const personal = { kind: 'personal', path: `${pathname}/personal` } as const;
  const own = hashes && Object.hasOwn(hashes, pathname) ? hashes[pathname]! : null;
  if (!own) return personal;
  if (['view', ...TOGGLES].some((name) => query.has(name))) return personal;
  if ((query.get('page') ?? '1') !== '1') return personal;
  const prefs = readReaderPrefs(new URLSearchParams(), cookie);
  if (!isDefaultPrefs(prefs) && (!writtenByScript(cookie) || prefs.rr)) return personal;
  return { kind: 'static', hashes: own };
}
