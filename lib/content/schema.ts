import { z } from 'zod';

/** Sentence, heading and figure ids: lowercase words joined by hyphens, e.g. `p01-2`, `fig1`. */
export const segmentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and hyphens, e.g. p01-2');

const textSchema = z
  .string()
  .trim()
  .min(1, 'the text is empty');

/** One line of a language file, after the line syntax has been read. */
export const lineSchema = z.object({
  kind: z.enum(['title', 'heading', 'figure', 'sentence']),
  id: segmentIdSchema,
  text: textSchema,
});

/**
 * One translator's note line, after the line syntax has been read: `^ n1 p03-1 | …` is note `n1`,
 * attached to sentence p03-1 (or to several: `^ n2 p05-2 p06-2 | …`).
 */
export const noteLineSchema = z.object({
  id: segmentIdSchema,
  targets: z.array(segmentIdSchema).min(1, 'a note names the sentence it belongs to, e.g. "^ n1 p03-1 | …"'),
  text: textSchema,
});

/** `article.json` beside the two language files. */
export const metaSchema = z
  .object({
    source: z.url({ message: 'source must be the URL of the original article' }),
    sourceName: z.string().min(1).optional(),
  })
  .strict();

export type ArticleMeta = z.infer<typeof metaSchema>;
export type ParsedLine = z.infer<typeof lineSchema> & { line: number };
export type NoteLine = z.infer<typeof noteLineSchema> & { line: number };

/** One id with its text in both languages. */
export type Segment = { id: string; ko: string; en: string };

export type Block =
  | { kind: 'heading'; segment: Segment }
  | { kind: 'figure'; segment: Segment }
  | { kind: 'paragraph'; id: string; sentences: Segment[] };

/**
 * A translator's note in both languages, numbered in reading order (1, 2, …), attached to the
 * sentences it is about: the reader puts a marker in each and shows the text in the UI language.
 */
export type Note = { id: string; number: number; sentenceIds: string[]; ko: string; en: string };

export type Article = {
  slug: string;
  title: Segment;
  meta: ArticleMeta;
  blocks: Block[];
  notes: Note[];
  sentenceCount: number;
  readingMinutes: number;
};
