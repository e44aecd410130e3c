import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReaderHashes } from './reader-route';

/** Where scripts/reader-csp.mjs writes the static reader pages' script hashes after `next build`. */
export const READER_HASHES_FILE = '.next/reader-csp.json';

let loaded: { hashes: ReaderHashes | null } | null = null;

/** The build's reader hashes, read once; null without a build (development), so every reader page renders per request. */
export function readerHashes(): ReaderHashes | null {
  if (!loaded) {
    // `next dev` renders every page per request, whatever an earlier build left in .next.
    if (process.env.NODE_ENV !== 'production') return (loaded = { hashes: null }).hashes;
    try {
      loaded = { hashes: JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), READER_HASHES_FILE), 'utf8')) };
    } catch {
      loaded = { hashes: null };
    }
  }
  return loaded.hashes;
}
