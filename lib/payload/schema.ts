import { z } from 'zod/mini';
import { WORD_CLASSES } from '@/lib/korean/browser';

// What the server sends to the browser about analysed Korean: the word popover's data (for an
// article, from words.json; for an imported text, inside it) and an imported text as the analysis
// route returns it and the browser stores it. One zod description each; the types derive from it.
// zod/mini, because the browser validates stored texts with it.

const wordClass = z.enum(WORD_CLASSES);
const nullableString = z.nullable(z.string());

/** One part of a word as the popover shows it: 부으며 → 붓 (verb, 붓다) + 으며 (ending, -(으)며). */
export const wordPartSchema = z.object({
  form: z.string(),
  wordClass,
  /** Key into the josa/eomi table, for particles and endings. */
  grammar: nullableString,
  termId: nullableString,
  lemma: z.string(),
});
/** An eojeol: its surface, the dictionary form and class of its content word, a gloss, its parts. */
export const wordInfoSchema = z.object({
  surface: z.string(),
  lemma: nullableString,
  wordClass: z.nullable(wordClass),
  gloss: nullableString,
  parts: z.array(wordPartSchema),
});
/** A glossary term, with its definition in the UI language. */
export const termInfoSchema = z.object({ headword: z.string(), romanization: z.string(), english: z.string(), definition: z.string() });
/** A particle or ending, with its function and batchim rule in the UI language. */
export const grammarInfoSchema = z.object({ label: z.string(), fn: z.string(), batchim: nullableString });

export type WordPart = z.infer<typeof wordPartSchema>;
export type WordInfo = z.infer<typeof wordInfoSchema>;
export type TermInfo = z.infer<typeof termInfoSchema>;
export type GrammarInfo = z.infer<typeof grammarInfoSchema>;

/** The popover data of a text in one UI language; words keyed "sentenceId:eojeolIndex". */
export type WordPayload = { words: Record<string, WordInfo>; terms: Record<string, TermInfo>; grammar: Record<string, GrammarInfo> };

const localized = <T extends z.ZodMiniType>(value: T) => z.object({ ko: z.record(z.string(), value), en: z.record(z.string(), value) });
/** The popover data with definitions and functions in both UI languages (an imported text carries it). */
export const bilingualPayloadSchema = z.object({
  words: z.record(z.string(), wordInfoSchema),
  terms: localized(termInfoSchema),
  grammar: localized(grammarInfoSchema),
});
export type BilingualPayload = z.infer<typeof bilingualPayloadSchema>;

const n = z.number();
/** A Korean sentence as stored: eojeol spans and term spans only (the text itself holds the rest). */
export const compactKoreanSchema = z.object({
  eojeols: z.array(z.object({ start: n, end: n })),
  terms: z.array(z.object({ termId: z.string(), firstEojeol: n, lastEojeol: n })),
});
export const importedSentenceSchema = z.object({
  id: z.string(),
  ko: z.string(),
  en: nullableString,
  korean: compactKoreanSchema,
  english: z.nullable(z.array(z.object({ text: z.string(), termId: z.optional(z.string()) }))),
});
/** A pasted text, paired and analysed: what POST /api/analyse returns and the browser saves. */
export const importedTextSchema = z.object({
  title: z.string(),
  notice: z.nullable(z.enum(['paragraph-counts-differ', 'sentence-counts-differ'])),
  hasEnglish: z.boolean(),
  paragraphs: z.array(
    z.object({ id: z.string(), mode: z.enum(['sentence', 'paragraph', 'korean-only']), sentences: z.array(importedSentenceSchema) }),
  ),
  payload: bilingualPayloadSchema,
});
export type CompactKorean = z.infer<typeof compactKoreanSchema>;
export type ImportedSentence = z.infer<typeof importedSentenceSchema>;
export type ImportedText = z.infer<typeof importedTextSchema>;
