import 'server-only';
import { readFileSync } from 'node:fs';
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
