import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validatedOnce } from '@/lib/files';
import { checkDuplicates, parseDictionaryFile } from './parse';
import { compileDictionary, type Dictionary } from './lookup';

export const DICTIONARY_ROOT = path.join(process.cwd(), 'lexicon', 'dictionary');

/** Reads and validates every `*.tsv` file of the learner's dictionary; a bad line throws DictionaryError. */
export function loadDictionary(root: string = DICTIONARY_ROOT): Dictionary {
  const files = readdirSync(/*turbopackIgnore: true*/ root)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .map((name) => path.join(/*turbopackIgnore: true*/ root, name));
  const entries = validatedOnce('dictionary', files, () => {
    const all = files.flatMap((full) => {
      const file = path.relative(process.cwd(), full);
      return parseDictionaryFile(readFileSync(/*turbopackIgnore: true*/ full, 'utf8'), file).map((entry) => ({ ...entry, file }));
    });
    checkDuplicates(all);
    return all;
  });
  return compileDictionary(entries);
}
