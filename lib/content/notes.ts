import { ContentError } from './errors';
import type { Note, NoteLine, ParsedLine } from './schema';

type NotesOf = { file: string; notes: NoteLine[] };

/**
 * Joins the translator's notes of the two language files by note id. Each note must be in both
 * files, attached to the same sentences (not headings, titles or figures) that the article has,
 * and is numbered by where its first sentence stands in the article.
 * e.g. ko "^ n1 p03-1 | 원문은 …" + en "^ n1 p03-1 | The source …"
 *   → [{ id: 'n1', number: 1, sentenceIds: ['p03-1'], ko: '원문은 …', en: 'The source …' }]
 */
export function pairNotes(ko: NotesOf, en: NotesOf, lines: ParsedLine[]): Note[] {
  const position = new Map(lines.map((line, index) => [line.id, { kind: line.kind, index }]));
  const koById = indexNotes(ko, position);
  const enById = indexNotes(en, position);
  for (const [id, note] of enById) {
    if (!koById.has(id)) throw new ContentError(ko.file, `note "${id}" of ${en.file} (line ${note.line}) is missing here`);
  }
  const paired = [...koById.values()].map((k) => {
    const e = enById.get(k.id);
    if (!e) throw new ContentError(en.file, `note "${k.id}" of ${ko.file} (line ${k.line}) is missing here`);
    if (e.targets.join(' ') !== k.targets.join(' ')) {
      throw new ContentError(
        en.file,
        `note "${k.id}" is attached to ${e.targets.join(' ')} here but to ${k.targets.join(' ')} in ${ko.file} (line ${k.line})`,
        e.line,
      );
    }
    return { id: k.id, sentenceIds: k.targets, ko: k.text, en: e.text, first: Math.min(...k.targets.map((t) => position.get(t)!.index)) };
  });
  // Array.prototype.sort is stable: notes on the same sentence keep their order in the file.
  return paired.sort((a, b) => a.first - b.first).map(({ first: _first, ...note }, i) => ({ ...note, number: i + 1 }));
}

function indexNotes({ file, notes }: NotesOf, position: Map<string, { kind: ParsedLine['kind'] }>): Map<string, NoteLine> {
  const byId = new Map<string, NoteLine>();
  for (const note of notes) {
    const first = byId.get(note.id);
    if (first) throw new ContentError(file, `duplicate note id "${note.id}" (first used on line ${first.line})`, note.line);
    byId.set(note.id, note);
    const seen = new Set<string>();
    for (const target of note.targets) {
      if (seen.has(target)) throw new ContentError(file, `note "${note.id}" names sentence "${target}" twice`, note.line);
      seen.add(target);
      const kind = position.get(target)?.kind;
      if (!kind) throw new ContentError(file, `note "${note.id}": "${target}" is not a sentence id of this article`, note.line);
      if (kind !== 'sentence') throw new ContentError(file, `note "${note.id}": "${target}" is a ${kind}; a note is attached to a sentence`, note.line);
    }
  }
  return byId;
}
