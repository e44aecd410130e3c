import { ContentError } from './errors';
import { pairNotes } from './notes';
import type { LangContent } from './parse';
import type { Article, ArticleMeta, Block, ParsedLine, Segment } from './schema';

type Flat = ParsedLine & { startsParagraph: boolean };
type LangFile = { file: string } & LangContent;

/** Korean syllables read per minute by an intermediate learner; a deliberate, stated guess. */
const SYLLABLES_PER_MINUTE = 250;

/**
 * Joins the Korean and English files of one article by their shared ids.
 * Both must hold the same ids, in the same order, grouped into the same paragraphs, and the
 * same translator's notes (see pairNotes).
 * e.g. ko "p01-1 | 안녕하세요." + en "p01-1 | Hello." → one segment {id: 'p01-1', ko, en}.
 */
export function pairArticle(slug: string, meta: ArticleMeta, ko: LangFile, en: LangFile): Article {
  const koFlat = flatten(ko);
  const enFlat = flatten(en);
  const length = Math.max(koFlat.length, enFlat.length);
  for (let i = 0; i < length; i++) {
    const k = koFlat[i];
    const e = enFlat[i];
    if (!k || !e) {
      const [has, lacks, extra] = k ? [ko, en, k] : [en, ko, e!];
      throw new ContentError(lacks.file, `${describe(extra)} of ${has.file} (line ${extra.line}) is missing here`);
    }
    if (k.id !== e.id || k.kind !== e.kind) {
      throw new ContentError(en.file, `${describe(e)} stands where ${ko.file} has ${describe(k)} (line ${k.line}); both languages need the same ids in the same order`, e.line);
    }
    if (k.startsParagraph !== e.startsParagraph) {
      throw new ContentError(en.file, `${describe(e)} is grouped into paragraphs differently from ${ko.file} (line ${k.line})`, e.line);
    }
  }
  const title = koFlat[0];
  if (!title || title.kind !== 'title') throw new ContentError(ko.file, 'the first line must be the title: "# title | …"');
  const byId = new Map(enFlat.map((line) => [line.id, line.text]));
  const segment = (line: ParsedLine): Segment => ({ id: line.id, ko: line.text, en: byId.get(line.id) ?? '' });
  const blocks = ko.blocks.slice(1).map((block, index): Block => {
    if (block.kind === 'paragraph') return { kind: 'paragraph', id: `para-${index + 1}`, sentences: block.lines.map(segment) };
    if (block.kind === 'title') throw new ContentError(ko.file, `a second title "${block.line.id}"`, block.line.line);
    return { kind: block.kind, segment: segment(block.line) };
  });
  const sentences = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : []));
  const syllables = sentences.reduce((sum, s) => sum + (s.ko.match(/[가-힣]/g)?.length ?? 0), 0);
  return {
    slug,
    title: segment(title),
    meta,
    blocks,
    notes: pairNotes(ko, en, koFlat),
    sentenceCount: sentences.length,
    readingMinutes: Math.max(1, Math.round(syllables / SYLLABLES_PER_MINUTE)),
  };
}

function flatten({ file, blocks }: LangFile): Flat[] {
  const flat = blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? block.lines.map((line, i) => ({ ...line, startsParagraph: i === 0 }))
      : [{ ...block.line, startsParagraph: false }],
  );
  const seen = new Map<string, number>();
  for (const line of flat) {
    const first = seen.get(line.id);
    if (first !== undefined) throw new ContentError(file, `duplicate id "${line.id}" (first used on line ${first})`, line.line);
    seen.set(line.id, line.line);
  }
  return flat;
}

function describe(line: Flat): string {
  return `${line.kind} "${line.id}"`;
}
