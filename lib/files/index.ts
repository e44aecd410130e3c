import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Reads a YAML data file; a file that is not YAML throws an Error naming it (relative to the
 * project) and the parser's first line. e.g. readYamlFile('lexicon/patterns.yaml').rel → 'lexicon/patterns.yaml'
 */
export function readYamlFile(file: string): { rel: string; data: unknown } {
  const rel = path.relative(process.cwd(), file);
  try {
    return { rel, data: parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) };
  } catch (error) {
    throw new Error(`${rel}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

/**
 * Data files validated once, at build: `validate` reads and checks them (and throws, naming file and
 * entry, on a bad one); what it returns is kept in `.next/cache/hanyeong/` under a hash of the files'
 * names and contents, so a server started from that build reads the checked data back instead of
 * validating 12,000 dictionary lines again. The cache is written only while `next build` runs (or
 * with HANYEONG_DATA_CACHE=write), never while serving; a changed file has a new hash and is validated anew.
 * e.g. validatedOnce('dictionary', ['lexicon/dictionary/verbs.tsv', …], () => parseAll()) → the entries
 */
export function validatedOnce<T>(
  name: string,
  files: string[],
  validate: () => T,
  cacheDir: string = path.join(process.cwd(), '.next', 'cache', 'hanyeong'),
): T {
  const hash = createHash('sha1');
  for (const file of files)
    hash.update(path.relative(process.cwd(), file)).update('\0').update(readFileSync(/*turbopackIgnore: true*/ file));
  const cached = path.join(/*turbopackIgnore: true*/ cacheDir, `${name}-${hash.digest('hex').slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(/*turbopackIgnore: true*/ cached, 'utf8')) as T;
  } catch {
    // No cache for these files yet: validate them.
  }
  const data = validate();
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.HANYEONG_DATA_CACHE === 'write') {
    try {
      mkdirSync(/*turbopackIgnore: true*/ path.dirname(cached), { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      writeFileSync(/*turbopackIgnore: true*/ temporary, JSON.stringify(data));
      renameSync(/*turbopackIgnore: true*/ temporary, cached);
    } catch {
      // A read-only checkout still works: it validates at every start.
    }
  }
  return data;
}
