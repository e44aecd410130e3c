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
/** Where a gloss comes from, in the order the reader trusts them ('yours' lives in the browser). */
export const GLOSS_SOURCES = ['yours', 'glossary', 'article', 'dictionary', 'compound', 'derived', 'number', 'name', 'guess'] as const;
export type GlossSource = (typeof GLOSS_SOURCES)[number];

/**
 * An English gloss with its source: a compound or derived word also names the parts it was
 * worked out from (영업 + 이익; 성공 + -하다), a name says what it names (person, place).
 */
export const glossInfoSchema = z.object({
  text: z.string(),
  source: z.enum(GLOSS_SOURCES),
  hanja: z.optional(z.string()),
  parts: z.optional(z.array(z.object({ lemma: z.string(), gloss: z.string() }))),
  affix: z.optional(z.string()),
  /** A derived gloss read backwards: the word is the root of its one part (투명 of 투명하다). */
  root: z.optional(z.boolean()),
  nameKind: z.optional(z.enum(['person', 'place', 'other', 'probable-person'])),
});
export type GlossInfo = z.infer<typeof glossInfoSchema>;

/** A grammar pattern a word takes part in (-(으)ㄹ 수 있다), with every word of the sentence it spans. */
export const patternUseSchema = z.object({ key: z.string(), words: z.array(z.number()) });

/** An eojeol: its surface, the dictionary form and class of its content word, a gloss, its parts, its patterns. */
export const wordInfoSchema = z.object({
  surface: z.string(),
  lemma: nullableString,
  wordClass: z.nullable(wordClass),
  gloss: z.nullable(glossInfoSchema),
  parts: z.array(wordPartSchema),
  patterns: z.array(patternUseSchema),
});
/** A glossary term, with its definition in the UI language. */
export const termInfoSchema = z.object({ headword: z.string(), romanization: z.string(), english: z.string(), definition: z.string() });
/** A particle or ending, with its function and batchim rule in the UI language. */
export const grammarInfoSchema = z.object({ label: z.string(), fn: z.string(), batchim: nullableString });
/** A multi-word grammar pattern, with what it means in the UI language. */
export const patternInfoSchema = z.object({ label: z.string(), fn: z.string() });

export type WordPart = z.infer<typeof wordPartSchema>;
export type WordInfo = z.infer<typeof wordInfoSchema>;
export type TermInfo = z.infer<typeof termInfoSchema>;
export type GrammarInfo = z.infer<typeof grammarInfoSchema>;
export type PatternInfo = z.infer<typeof patternInfoSchema>;
export type PatternUse = z.infer<typeof patternUseSchema>;

/** The popover data of a text in one UI language; words keyed "sentenceId:eojeolIndex". */
export type WordPayload = {
  words: Record<string, WordInfo>;
  terms: Record<string, TermInfo>;
  grammar: Record<string, GrammarInfo>;
  patterns: Record<string, PatternInfo>;
};

const localized = <T extends z.ZodMiniType>(value: T) => z.object({ ko: z.record(z.string(), value), en: z.record(z.string(), value) });
/** The popover data with definitions and functions in both UI languages (an imported text carries it). */
export const bilingualPayloadSchema = z.object({
  words: z.record(z.string(), wordInfoSchema),
  terms: localized(termInfoSchema),
  grammar: localized(grammarInfoSchema),
  patterns: localized(patternInfoSchema),
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
