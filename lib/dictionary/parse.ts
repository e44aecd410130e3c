import { dictionaryEntrySchema, type DictionaryEntry } from './schema';

/** A dictionary file that cannot be used; the message names the file, the line and the entry. */
export class DictionaryError extends Error {
  constructor(file: string, line: number, entry: string | null, reason: string) {
    super(`${file}:${line}${entry ? ` (entry "${entry}")` : ''}: ${reason}`);
    this.name = 'DictionaryError';
  }
}

/**
 * Reads one dictionary file: a line per entry, `lemma⇥class⇥sense ; sense⇥hanja or -⇥level`;
 * `%` starts a comment. e.g. "반도체⇥noun⇥semiconductor ; chip⇥半導體⇥B" → one entry.
 */
export function parseDictionaryFile(source: string, file: string): (DictionaryEntry & { line: number })[] {
  return source.split(/\r?\n/).flatMap((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('%')) return [];
    const columns = raw.split('\t');
    if (columns.length !== 5)
      throw new DictionaryError(file, line, columns[0] || null, `expected 5 tab-separated columns, found ${columns.length}`);
    const [lemma, wordClass, senses, hanja, level] = columns.map((c) => c.trim()) as [string, string, string, string, string];
    const parsed = dictionaryEntrySchema.safeParse({
      lemma,
      wordClass,
      senses: senses.split(';'),
      hanja: hanja === '-' ? null : hanja,
      level,
    });
    if (!parsed.success) throw new DictionaryError(file, line, `${lemma} (${wordClass})`, parsed.error.issues[0]!.message);
    return [{ ...parsed.data, line }];
  });
}

/**
 * Checks a whole dictionary: no lemma and class twice, in any file.
 * e.g. two "것 bound-noun" lines → DictionaryError naming the second and where the first stands
 */
export function checkDuplicates(entries: (DictionaryEntry & { line: number; file: string })[]) {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = `${entry.lemma}\t${entry.wordClass}`;
    const first = seen.get(key);
    if (first) throw new DictionaryError(entry.file, entry.line, `${entry.lemma} (${entry.wordClass})`, `already defined at ${first}`);
    seen.set(key, `${entry.file}:${entry.line}`);
  }
}
