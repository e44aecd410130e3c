import { entrySchema, type Glossary, type GlossaryEntry } from './schema';

/** A glossary file that cannot be used; the message names the file and the entry. */
export class GlossaryError extends Error {
  constructor(file: string, entry: string | undefined, detail: string) {
    super(`${file}${entry ? ` (entry "${entry}")` : ''}: ${detail}`);
    this.name = 'GlossaryError';
  }
}

export type GlossaryFile = { file: string; data: unknown };

/**
 * Validates parsed glossary files as a whole: each against the schema, ids matching file names,
 * no id or alias used twice, related ids that exist. Aliases found in none of `corpus` are warnings.
 * e.g. validateGlossary([{file: 'glossary/gpu.yaml', data: {...}}], texts) → { entries, warnings }
 */
export function validateGlossary(files: GlossaryFile[], corpus: string[] = []): Glossary {
  const entries = files.map(({ file, data }) => {
    const id = typeof data === 'object' && data && 'id' in data ? String((data as { id: unknown }).id) : undefined;
    const parsed = entrySchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.join('.') || 'entry';
      const detail = issue.code === 'invalid_type' && issue.message.includes('undefined') ? 'is missing' : issue.message;
      throw new GlossaryError(file, id, `${where}: ${detail}`);
    }
    const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (parsed.data.id !== expected) throw new GlossaryError(file, parsed.data.id, `the id must match the file name "${expected}"`);
    return { file, entry: parsed.data };
  });
  const byId = new Map<string, GlossaryEntry>();
  const korean = new Map<string, string>();
  const english = new Map<string, string>();
  for (const { file, entry } of entries) {
    if (byId.has(entry.id)) throw new GlossaryError(file, entry.id, 'duplicate id');
    byId.set(entry.id, entry);
    claim(korean, [entry.headword, ...entry.aliases], entry.id, file, (s) => s.normalize('NFC'));
    claim(english, [entry.english, ...entry.englishAliases], entry.id, file, (s) => s.toLowerCase());
  }
  for (const { file, entry } of entries) {
    const unknown = entry.related.find((id) => !byId.has(id));
    if (unknown) throw new GlossaryError(file, entry.id, `related id "${unknown}" is not in the glossary`);
  }
  const text = corpus.join('\n');
  const lower = text.toLowerCase();
  const warnings = entries.flatMap(({ file, entry }) => [
    ...entry.aliases.filter((alias) => !text.includes(alias)).map((alias) => `${file} (entry "${entry.id}"): Korean alias "${alias}" matches no text in any article`),
    ...entry.englishAliases.filter((alias) => !lower.includes(alias.toLowerCase())).map((alias) => `${file} (entry "${entry.id}"): English alias "${alias}" matches no text in any article`),
  ]);
  return { entries: entries.map(({ entry }) => entry).sort((a, b) => a.id.localeCompare(b.id)), byId, warnings };
}

function claim(owners: Map<string, string>, names: string[], id: string, file: string, key: (s: string) => string) {
  for (const name of names) {
    const owner = owners.get(key(name));
    if (owner && owner !== id) throw new GlossaryError(file, id, `alias "${name}" is already used by entry "${owner}"`);
    if (owner === id) throw new GlossaryError(file, id, `alias "${name}" is listed twice`);
    owners.set(key(name), id);
  }
}
