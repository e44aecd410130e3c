import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDuplicates, parseDictionaryFile } from './parse';
import { compileDictionary, type Dictionary } from './lookup';

export const DICTIONARY_ROOT = path.join(process.cwd(), 'lexicon', 'dictionary');

/** Reads and validates every `*.tsv` file of the learner's dictionary; a bad line throws DictionaryError. */
export function loadDictionary(root: string = DICTIONARY_ROOT): Dictionary {
  const files = readdirSync(/*turbopackIgnore: true*/ root)
    .filter((name) => name.endsWith('.tsv'))
    .sort();
  const entries = files.flatMap((name) => {
    const file = path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, name));
    return parseDictionaryFile(readFileSync(/*turbopackIgnore: true*/ path.join(root, name), 'utf8'), file).map((entry) => ({
      ...entry,
      file,
    }));
  });
  checkDuplicates(entries);
  return compileDictionary(entries);
}
