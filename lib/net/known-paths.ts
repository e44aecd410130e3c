import { readdirSync } from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { contentRoots } from '@/lib/content/roots';

// What proxy.ts needs to know to answer without rendering: which file-like paths are data (and
// get the data policy) and which are not (an HTML 404, which gets the page policy). Read once.

let slugs: ReadonlySet<string> | null = null;
let files: ReadonlySet<string> | null = null;

function list(dir: string, prefix: string, out: Set<string>) {
  for (const entry of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    if (entry.isDirectory()) list(path.join(dir, entry.name), `${prefix}/${entry.name}`, out);
    else out.add(`${prefix}/${entry.name}`);
  }
}

/** The article slugs: the folders under each content root, as lib/content reads them. */
export function articleSlugs(): ReadonlySet<string> {
  slugs ??= new Set(
    contentRoots().flatMap((root) =>
      readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    ),
  );
  return slugs;
}

/** The files under public/, as URL paths ("/licenses/Pretendard-OFL.txt"). */
export function publicFiles(): ReadonlySet<string> {
  if (!files) {
    const found = new Set<string>();
    try {
      list(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'), '', found);
    } catch {
      // no public folder
    }
    files = found;
  }
  return files;
}

/** Data routes the app serves at file-like paths (app/*.csv, app/icon.svg, …). */
const DATA_FILES = new Set(['/glossary.csv', '/glossary.tsv', '/favicon.ico', '/icon.svg']);
// An article's popover data: whole (words.json) or one page of a long one (pages/3/words.json).
const WORDS = /^\/([^/]+)\/read\/([^/]+)\/(?:pages\/[1-9]\d{0,5}\/)?words\.json$/;

/** The API's routes (app/api). */
const API = new Set(['/api/analyse']);

export type PathKind = 'page' | 'data' | 'unknown-data';

/**
 * What a path (still percent-encoded, as in the URL) is: 'data' for the API and data files,
 * 'unknown-data' for an API route or words.json (of a locale or article) that does not exist,
 * 'page' for the rest (pages, and the HTML 404 of any path that is none of these).
 */
export function pathKind(pathname: string): PathKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return API.has(pathname) ? 'data' : 'unknown-data';
  if (DATA_FILES.has(pathname) || publicFiles().has(decodeURIComponent(pathname))) return 'data';
  const words = WORDS.exec(pathname);
  if (words) {
    const [locale, slug] = [decodeURIComponent(words[1]!), decodeURIComponent(words[2]!)];
    const known = (routing.locales as readonly string[]).includes(locale) && articleSlugs().has(slug);
    return known ? 'data' : 'unknown-data';
  }
  return 'page';
}
