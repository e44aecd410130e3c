import { ContentError } from './errors';
import { lineSchema, type ParsedLine } from './schema';

const MARKERS = { '#': 'title', '##': 'heading', '!': 'figure' } as const;

/** A paragraph is a run of sentence lines; everything else stands alone. */
export type LangBlock =
  | { kind: 'title' | 'heading' | 'figure'; line: ParsedLine }
  | { kind: 'paragraph'; lines: ParsedLine[] };

/**
 * Reads one language file: `# title | …`, `## h1 | …`, `! fig1 | …`, `p01-1 | …`;
 * a blank line ends a paragraph and `%` starts a comment line.
 * e.g. "p01-1 | 안녕하세요." → a paragraph with sentence p01-1.
 */
export function parseLanguageFile(source: string, file: string): LangBlock[] {
  const blocks: LangBlock[] = [];
  let paragraph: ParsedLine[] | null = null;
  source.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('%')) {
      paragraph = null;
      return;
    }
    const line = readLine(text, file, lineNo);
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
  return blocks;
}

function readLine(text: string, file: string, lineNo: number): ParsedLine {
  const bar = text.indexOf('|');
  if (bar < 0) throw new ContentError(file, `expected "<id> | <text>", found "${text.slice(0, 40)}"`, lineNo);
  const head = text.slice(0, bar).trim().split(/\s+/);
  const marker = head.length === 2 ? head[0] : undefined;
  const id = head[head.length - 1] ?? '';
  const kind = marker === undefined ? 'sentence' : MARKERS[marker as keyof typeof MARKERS];
  if (!kind || head.length > 2) {
    throw new ContentError(file, `unknown line marker "${head.join(' ')}" (use #, ## or !)`, lineNo);
  }
  const parsed = lineSchema.safeParse({ kind, id, text: text.slice(bar + 1) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, `entry "${id}": ${issue?.message ?? 'invalid'}`, lineNo);
  }
  return { ...parsed.data, line: lineNo };
}
