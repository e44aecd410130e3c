import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { encodeReaderPrefs, READER_COOKIE, readReaderPrefs, TOGGLES } from './lib/reader-prefs';
import { pathKind } from './lib/net/known-paths';
import { readerEtags, readerHashes, readerHtml } from './lib/net/reader-hashes';
import { etagMatches, readerRoute } from './lib/net/reader-route';
import { DATA_CSP, hashCsp, pageCsp, SECURITY_HEADERS } from './lib/security-headers';

const handleI18n = createMiddleware(routing);
/** next-intl's cookie for the reader's UI language. */
const LOCALE_COOKIE = 'NEXT_LOCALE';

/** A first segment shaped like a locale we do not serve ("fr", "ja-JP") is a 404, not a redirect. */
const LOCALE_SHAPED = /^\/([a-z]{2}(?:-[A-Za-z]{2})?)(?:\/|$)/;

/** Longer paths are refused before any routing or file look-up (no page has a path near this). */
const MAX_PATH = 2_048;

/** True when every %-escape of the path decodes to UTF-8 and none is a NUL. */
function wellFormed(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\0');
  } catch {
    return false;
  }
}

/** The response, with the security headers and this Content-Security-Policy. */
function withPolicy<R extends NextResponse>(response: R, csp: string): R {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/** A plain-text or JSON answer from here, with nosniff and the data policy. */
function dataAnswer(status: number, body: string, type = 'text/plain; charset=utf-8') {
  return withPolicy(new NextResponse(body, { status, headers: { 'Content-Type': type, 'Cache-Control': 'no-store' } }), DATA_CSP);
}

/**
 * A static reader page from the build's file, with what Next and next-intl's middleware would have
 * sent: Next's caching headers, the page in each UI language (relative, so that no internal host is
 * named) and the remembered UI language (for `/`).
 */
function builtPage(incoming: NextRequest, html: Uint8Array<ArrayBuffer>, etag: string, csp: string) {
  const answer = new NextResponse(incoming.method === 'HEAD' ? null : html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ETag: etag,
      'Cache-Control': 's-maxage=31536000',
      Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
    },
  });
  const [, locale, ...rest] = incoming.nextUrl.pathname.split('/');
  const tail = rest.join('/');
  answer.headers.set(
    'Link',
    [
      ...routing.locales.map((other) => `</${other}/${tail}>; rel="alternate"; hreflang="${other}"`),
      `</${tail}>; rel="alternate"; hreflang="x-default"`,
    ].join(', '),
  );
  if (incoming.cookies.get(LOCALE_COOKIE)?.value !== locale) answer.cookies.set(LOCALE_COOKIE, locale!, { path: '/', sameSite: 'lax' });
  return withPolicy(answer, csp);
}

export default function proxy(incoming: NextRequest) {
  const { pathname } = incoming.nextUrl;
  // Next answers a broken %-escape with a bare 500 (it fails decoding the route's parameters), and
  // long paths reach the file system: refuse both here, before routing.
  if (pathname.length > MAX_PATH) return dataAnswer(414, 'URI too long');
  if (!wellFormed(pathname)) return dataAnswer(400, 'Bad request: malformed path');
  const kind = pathKind(pathname);
  // Unknown words.json and API paths are answered here, so that no route renders (or caches) them.
  if (kind === 'unknown-data') return dataAnswer(404, JSON.stringify({ error: 'not found' }), 'application/json');
  if (kind === 'data') return withPolicy(NextResponse.next(), DATA_CSP);

  // A file-like path that is not data (/.env, /ko/read/a.b) is an HTML 404: its policy, but no locale redirect.
  const fileLike = /\/[^/]*\.[^/]*$/.test(pathname);
  const match = LOCALE_SHAPED.exec(pathname);
  // A reader page: the build's static page when it suits this reader, else rendered per request (lib/net/reader-route.ts).
  const reader = readerRoute(pathname, incoming.nextUrl.searchParams, incoming.cookies.get(READER_COOKIE)?.value, readerHashes());
  // A static reader page's ETag (the build's hash of its HTML; Next's own would hash it again on every
  // request), and a 304 when the browser has those bytes. The HTML document only: a navigation's React
  // data (`rsc` header) comes from the same URL.
  const etag = reader?.kind === 'static' && !incoming.headers.has('rsc') ? readerEtags()?.[reader.path ?? pathname] : undefined;
  if (reader?.kind === 'static' && etag) {
    const policy = hashCsp(reader.hashes);
    if (etagMatches(incoming.headers.get('if-none-match'), etag))
      return withPolicy(new NextResponse(null, { status: 304, headers: { ETag: etag } }), policy);
    // The page itself, from the build's file, answered here: no routing, no second middleware, no
    // cache look-up in Next for a page that is the same bytes for every reader (lib/net/reader-hashes.ts).
    const html = incoming.method === 'GET' || incoming.method === 'HEAD' ? readerHtml(reader.path ?? pathname) : null;
    if (html) return builtPage(incoming, html, etag, policy);
  }
  // A fresh nonce per response rendered by Next; Next reads it from the request's CSP header and puts it on its scripts.
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, process.env.NODE_ENV !== 'production');
  const headers = new Headers(incoming.headers);
  headers.set('content-security-policy', csp);
  const request = new NextRequest(incoming, { headers });

  const response =
    fileLike || (match && !(routing.locales as readonly string[]).includes(match[1]!))
      ? NextResponse.next({ request: { headers } })
      : reader?.kind === 'personal'
        ? NextResponse.rewrite(new URL(`${reader.path}${incoming.nextUrl.search}`, incoming.url), { request: { headers } })
        : reader?.kind === 'static' && reader.path
          ? NextResponse.rewrite(new URL(reader.path, incoming.url), { request: { headers } })
          : handleI18n(request);
  withPolicy(response, reader?.kind === 'static' ? hashCsp(reader.hashes) : csp);
  if (etag) response.headers.set('ETag', etag);

  // Remember an explicit reader view from the URL, so that it persists even without JavaScript.
  const { searchParams } = request.nextUrl;
  if (['view', ...TOGGLES].some((name) => searchParams.has(name))) {
    const prefs = readReaderPrefs(searchParams, request.cookies.get(READER_COOKIE)?.value);
    response.cookies.set(READER_COOKIE, encodeReaderPrefs(prefs), { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  }
  return response;
}

// Every path but Next's own build assets and the analysis route: file-like paths too, so that each
// gets its policy (lib/net/peer-stamp.ts gives the data headers to whatever is answered before this
// runs). Never the analysis route: Next buffers a request's whole body before a proxy runs, so a
// body trickling in would hold the connection before the route (and its deadline) is reached.
export const config = {
  // Not the framework's files, nor the font subsets (versioned static files, headers from next.config.ts):
  // a page preloads a dozen of them at once, and each one through the proxy delayed its stylesheet.
  matcher: '/((?!_next/|fonts/(?:pretendard|noto-sans-kr)-[0-9.]+/[A-Za-z0-9.-]+\\.woff2$|api/analyse$).*)',
};
