import { ContentError } from './errors';
import { lineSchema, noteLineSchema, type NoteLine, type ParsedLine } from './schema';

const MARKERS = { '#': 'title', '##': 'heading', '!': 'figure' } as const;
const NOTE_MARKER = '^';

/** A paragraph is a run of sentence lines; everything else stands alone. */
export type LangBlock =
  | { kind: 'title' | 'heading' | 'figure'; line: ParsedLine }
  | { kind: 'paragraph'; lines: ParsedLine[] };

/** One language file: its blocks in reading order, and its translator's notes. */
export type LangContent = { blocks: LangBlock[]; notes: NoteLine[] };

/**
 * Reads one language file: `# title | …`, `## h1 | …`, `! fig1 | …`, `p01-1 | …`, and
 * translator's notes `^ n1 p03-1 | …` (note id, then the sentence ids it is attached to).
 * A blank line ends a paragraph, a note line does not, and `%` starts a comment line.
 * e.g. "p01-1 | 안녕하세요." → a paragraph with sentence p01-1.
 */
export function parseLanguageFile(source: string, file: string): LangContent {
  const blocks: LangBlock[] = [];
  const notes: NoteLine[] = [];
  let paragraph: ParsedLine[] | null = null;
  source.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('%')) {
      paragraph = null;
      return;
    }
    const { head, body } = splitLine(text, file, lineNo);
    // A note is an aside, not a block: it may stand among the sentences it annotates.
    if (head[0] === NOTE_MARKER) {
      notes.push(readNote(head, body, file, lineNo));
      return;
    }
    const line = readLine(head, body, file, lineNo);
    if (line.kind === 'sentence') {
      if (!paragraph) {
        paragraph = [];
        blocks.push({ kind: 'paragraph', lines: paragraph });
      }
      paragraph.push(line);
    } else {
      paragraph = null;
      blocks.push({ kind: line.kind, line });
    }
  });
  return { blocks, notes };
}

/** "## h1 | 소제목" → head ['##', 'h1'], body ' 소제목'; a bar inside the text stays in the body. */
function splitLine(text: string, file: string, lineNo: number) {
  const bar = text.indexOf('|');
  if (bar < 0) throw new ContentError(file, `expected "<id> | <text>", found "${text.slice(0, 40)}"`, lineNo);
  return { head: text.slice(0, bar).trim().split(/\s+/), body: text.slice(bar + 1) };
}

function readLine(head: string[], body: string, file: string, lineNo: number): ParsedLine {
  const marker = head.length === 2 ? head[0] : undefined;
  const id = head[head.length - 1] ?? '';
  const kind = marker === undefined ? 'sentence' : MARKERS[marker as keyof typeof MARKERS];
  if (!kind || head.length > 2) {
    throw new ContentError(file, `unknown line marker "${head.join(' ')}" (use #, ##, ! or ^)`, lineNo);
  }
  const parsed = lineSchema.safeParse({ kind, id, text: body });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, `entry "${id}": ${issue?.message ?? 'invalid'}`, lineNo);
  }
  return { ...parsed.data, line: lineNo };
}

function readNote(head: string[], body: string, file: string, lineNo: number): NoteLine {
  const [, id, ...targets] = head;
  if (!id) throw new ContentError(file, 'a note line is "^ <note id> <sentence id> | <text>", e.g. "^ n1 p03-1 | …"', lineNo);
  const parsed = noteLineSchema.safeParse({ id, targets, text: body });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, `note "${id}": ${issue?.message ?? 'invalid'}`, lineNo);
  }
  return { ...parsed.data, line: lineNo };
}
