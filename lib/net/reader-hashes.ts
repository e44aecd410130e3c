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
