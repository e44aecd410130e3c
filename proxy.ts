import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { encodeReaderPrefs, READER_COOKIE, readReaderPrefs, TOGGLES } from './lib/reader-prefs';
import { pageCsp, SECURITY_HEADERS } from './lib/security-headers';

const handleI18n = createMiddleware(routing);

/** A first segment shaped like a locale we do not serve ("fr", "ja-JP") is a 404, not a redirect. */
const LOCALE_SHAPED = /^\/([a-z]{2}(?:-[A-Za-z]{2})?)(?:\/|$)/;

export default function proxy(incoming: NextRequest) {
  // A fresh nonce per response; Next reads it from the request's CSP header and puts it on its scripts.
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, process.env.NODE_ENV !== 'production');
  const headers = new Headers(incoming.headers);
  headers.set('content-security-policy', csp);
  const request = new NextRequest(incoming, { headers });

  const match = LOCALE_SHAPED.exec(request.nextUrl.pathname);
  const response =
    match && !(routing.locales as readonly string[]).includes(match[1]!)
      ? NextResponse.next({ request: { headers } })
      : handleI18n(request);
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);

  // Remember an explicit reader view from the URL, so that it persists even without JavaScript.
  const { searchParams } = request.nextUrl;
  if (['view', ...TOGGLES].some((name) => searchParams.has(name))) {
    const prefs = readReaderPrefs(searchParams, request.cookies.get(READER_COOKIE)?.value);
    response.cookies.set(READER_COOKIE, encodeReaderPrefs(prefs), { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  }
  return response;
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
