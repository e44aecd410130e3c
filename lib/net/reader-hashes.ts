import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReaderHashes } from './reader-route';

/** Where scripts/reader-csp.mjs writes the static reader pages' script hashes after `next build`. */
export const READER_HASHES_FILE = '.next/reader-csp.json';
/** …and their ETags, by the same paths. */
export const READER_ETAGS_FILE = '.next/reader-etags.json';

const loaded = new Map<string, unknown>();

/** A JSON file the build wrote, read once; null without a build (development) or when it is missing. */
function buildFile<T>(file: string): T | null {
  if (!loaded.has(file)) {
    // `next dev` renders every page per request, whatever an earlier build left in .next.
    if (process.env.NODE_ENV !== 'production') loaded.set(file, null);
    else
      try {
        loaded.set(file, JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8')));
      } catch {
        loaded.set(file, null);
      }
  }
  return loaded.get(file) as T | null;
}

/** The build's reader hashes; null without a build, so every reader page renders per request. */
export const readerHashes = () => buildFile<ReaderHashes>(READER_HASHES_FILE);

/** The build's static reader pages' ETags, by path; null without a build. */
export const readerEtags = () => buildFile<Readonly<Record<string, string>>>(READER_ETAGS_FILE);

/** Where `next build` writes a prerendered page's HTML: .next/server/app/en/read/x.html. */
const APP_DIR = '.next/server/app';
/** The static reader pages' HTML kept in memory, by path: at most this many (a long article has one per page). */
const HTML_KEPT = 64;
const html = new Map<string, Uint8Array<ArrayBuffer> | null>();

/**
 * A static reader page's HTML as the build wrote it, read once and kept (the most recently asked
 * for, up to HTML_KEPT); null for a path the build did not write as a static reader page, or
 * without a build.
 */
export function readerHtml(route: string): Uint8Array<ArrayBuffer> | null {
  const kept = html.get(route);
  if (kept !== undefined) {
    html.delete(route);
    html.set(route, kept);
    return kept;
  }
  // Only a page the build lists (which also keeps any other path off the file system); none in development.
  const built = readerEtags();
  if (!built || !Object.hasOwn(built, route)) return null;
  // Bytes, not a string: a response sends them as they are, with no UTF-8 encoding per request.
  let text: Uint8Array<ArrayBuffer> | null;
  try {
    text = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), APP_DIR, `${route}.html`));
  } catch {
    text = null;
  }
  html.set(route, text);
  if (html.size > HTML_KEPT) html.delete(html.keys().next().value!);
  return text;
}
