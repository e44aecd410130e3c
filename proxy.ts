import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { encodeReaderPrefs, READER_COOKIE, readReaderPrefs, TOGGLES } from './lib/reader-prefs';

const handleI18n = createMiddleware(routing);

/** A first segment shaped like a locale we do not serve ("fr", "ja-JP") is a 404, not a redirect. */
const LOCALE_SHAPED = /^\/([a-z]{2}(?:-[A-Za-z]{2})?)(?:\/|$)/;

export default function proxy(request: NextRequest) {
  const match = LOCALE_SHAPED.exec(request.nextUrl.pathname);
  if (match && !(routing.locales as readonly string[]).includes(match[1]!)) {
    return NextResponse.next();
  }
  const response = handleI18n(request);
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
