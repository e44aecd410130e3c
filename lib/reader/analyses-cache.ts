import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '@/lib/korean';

/**
 * The articles' analyses as the build made them, so that a server starts without analysing every
 * article again (ten long articles took it from 11 s to 29 s). In .next/server, which every build
 * replaces: the analyses always come from the analyser and lexicon of the build that serves.
 */
export const ANALYSES_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'server', 'hanyeong-article-analyses.json');

type Entry = [slug: string, segmentId: string, analysis: Analysis];
const keyOf = (slug: string, segmentId: string) => `${slug}\u0000${segmentId}`;

/** The analyses a build wrote, by slug and segment id; null when there is no readable file. */
export function readAnalysesCache(file = ANALYSES_FILE): Map<string, Analysis> | null {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
    if (!Array.isArray(entries)) return null;
    return new Map(entries.map(([slug, id, analysis]) => [keyOf(slug, id), analysis]));
  } catch {
    return null;
  }
}

/** The cached analysis of a segment, only if it is of this very text. */
export function cachedAnalysis(cache: Map<string, Analysis> | null, slug: string, segmentId: string, text: string): Analysis | null {
  const found = cache?.get(keyOf(slug, segmentId));
  return found && found.text === text ? found : null;
}

/** Writes the analyses (whole, then renamed: build workers write at the same time). Never throws. */
export function writeAnalysesCache(analyses: Map<string, Map<string, Analysis>>, file = ANALYSES_FILE): void {
  try {
    const entries: Entry[] = [...analyses].flatMap(([slug, byId]) => [...byId].map(([id, analysis]): Entry => [slug, id, analysis]));
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries));
    renameSync(temporary, file);
  } catch (error) {
    console.error(`article analyses not kept for the server (${(error as Error).message}); it will analyse at start`);
  }
}
