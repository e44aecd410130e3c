import { z } from 'zod/mini';
import {
  bilingualPayloadSchema,
  importedSentenceSchema,
  importedTextSchema,
  wordInfoSchema,
  type ImportedText,
  type WordInfo,
} from '@/lib/payload';

// A saved text's analysis as stored: only what the reader needs, each distinct word once. The
// analysis route answers one entry per eojeol ("p01-1:3" → surface, lemma, gloss, parts…); a long
// text repeats the same few thousand words many times over, and each surface is a slice of its
// sentence. Stored, a sentence keeps its eojeol spans as a flat list and, per eojeol, the index of
// its word in one table of distinct words (−1: none); the surface is sliced back from the sentence.

const n = z.number();
const { surface: _surface, ...wordFields } = wordInfoSchema.shape;
/** A word without its surface (unless the surface is not the slice of its sentence it stands for). */
const storedWordSchema = z.object({ ...wordFields, surface: z.optional(z.string()) });
type StoredWord = z.infer<typeof storedWordSchema>;

const storedSentenceSchema = z.object({
  id: z.string(),
  ko: z.string(),
  en: z.nullable(z.string()),
  /** Eojeol spans: start, end, start, end… */
  e: z.array(n),
  /** Per eojeol, its index in `words`, or −1. */
  w: z.array(n),
  /** Term spans: term id, first eojeol, last eojeol. */
  t: z.array(z.tuple([z.string(), n, n])),
  english: importedSentenceSchema.shape.english,
});

export const compactTextSchema = z.object({
  title: z.string(),
  notice: importedTextSchema.shape.notice,
  hasEnglish: z.boolean(),
  paragraphs: z.array(
    z.object({ id: z.string(), mode: z.enum(['sentence', 'paragraph', 'korean-only']), sentences: z.array(storedSentenceSchema) }),
  ),
  words: z.array(storedWordSchema),
  terms: bilingualPayloadSchema.shape.terms,
  grammar: bilingualPayloadSchema.shape.grammar,
  patterns: bilingualPayloadSchema.shape.patterns,
});
export type CompactText = z.infer<typeof compactTextSchema>;

/** The stored form of an analysed text. e.g. 12,089 eojeols of 2,333 distinct words → 2,333 words. */
export function compactText(text: ImportedText): CompactText {
  const words: StoredWord[] = [];
  const index = new Map<string, number>();
  const wordsById = new Map(Object.entries(text.payload.words));
  const paragraphs = text.paragraphs.map((p) => ({
    id: p.id,
    mode: p.mode,
    sentences: p.sentences.map((s) => ({
      id: s.id,
      ko: s.ko,
      en: s.en,
      e: s.korean.eojeols.flatMap(({ start, end }) => [start, end]),
      w: s.korean.eojeols.map(({ start, end }, i) => {
        const word = wordsById.get(`${s.id}:${i}`);
        if (!word) return -1;
        const { surface, ...rest } = word;
        const stored: StoredWord = surface === s.ko.slice(start, end) ? rest : word;
        const key = JSON.stringify(stored);
        let at = index.get(key);
        if (at === undefined) index.set(key, (at = words.push(stored) - 1));
        return at;
      }),
      t: s.korean.terms.map((t): [string, number, number] => [t.termId, t.firstEojeol, t.lastEojeol]),
      english: s.english,
    })),
  }));
  const { terms, grammar, patterns } = text.payload;
  return { title: text.title, notice: text.notice, hasEnglish: text.hasEnglish, paragraphs, words, terms, grammar, patterns };
}

/** The analysed text again, as the analysis route sent it. Throws on an index that points nowhere. */
export function expandText(stored: CompactText): ImportedText {
  const words = new Map<string, WordInfo>();
  const paragraphs = stored.paragraphs.map((p) => ({
    id: p.id,
    mode: p.mode,
    sentences: p.sentences.map((s) => {
      const eojeols = Array.from({ length: s.e.length / 2 }, (_, i) => ({ start: s.e[2 * i]!, end: s.e[2 * i + 1]! }));
      s.w.forEach((at, i) => {
        if (at < 0) return;
        const word = stored.words[at];
        const span = eojeols[i];
        if (!word || !span) throw new Error(`sentence ${s.id}: word ${i} points nowhere`);
        words.set(`${s.id}:${i}`, { ...word, surface: word.surface ?? s.ko.slice(span.start, span.end) });
      });
      return {
        id: s.id,
        ko: s.ko,
        en: s.en,
        korean: { eojeols, terms: s.t.map(([termId, firstEojeol, lastEojeol]) => ({ termId, firstEojeol, lastEojeol })) },
        english: s.english,
      };
    }),
  }));
  const { terms, grammar, patterns } = stored;
  return {
    title: stored.title,
    notice: stored.notice,
    hasEnglish: stored.hasEnglish,
    paragraphs,
    payload: { words: Object.fromEntries(words), terms, grammar, patterns },
  };
}
