import { z } from 'zod/mini';
import { forEachWord, WORD_CLASSES, type WordClass } from '@/lib/korean/browser';
import {
  GLOSS_SOURCES,
  bilingualPayloadSchema,
  glossInfoSchema,
  importedTextSchema,
  type GlossInfo,
  type ImportedText,
  type PatternUse,
  type WordInfo,
  type WordPart,
} from './schema';

// What POST /api/analyse sends: an ImportedText packed so that a long text costs little to send
// and to parse. A text repeats a few thousand words many times over, and those words repeat the
// same parts and glosses: each distinct word, part and gloss is sent once, in a table, and
// referred to by its index (the most frequent first, so the common indices are short). A
// sentence's eojeols are its whitespace-separated spans, so only their count is implied by the
// word list; a word's surface is the slice of its sentence it stands for; a sentence's grammar
// patterns are listed once per sentence, not once per word they span. unpackImportedText()
// gives back exactly the ImportedText that was packed (a unit test checks it on long texts).

const n = z.number();
const index = z.int().check(z.minimum(-1));
const nullableString = z.nullable(z.string());

/** The version of this shape; a client that gets another one says it cannot read the answer. */
export const PACKED_FORMAT = 1;

/** A word part: form, word class (index in `classes`), josa/eomi key, term id, and its lemma when not the form itself. */
const packedPartSchema = z.union([
  z.tuple([z.string(), n, nullableString, nullableString]),
  z.tuple([z.string(), n, nullableString, nullableString, z.string()]),
]);
/** A word: lemma, word class (index or −1), gloss (index or −1), parts (indices), and its surface when not the slice of its sentence. */
const packedWordSchema = z.union([
  z.tuple([nullableString, index, index, z.array(n)]),
  z.tuple([nullableString, index, index, z.array(n), z.string()]),
]);

/** A gloss: text, source (index in `sources`), and its other fields when it has any. */
const { text: _text, source: _source, ...glossExtra } = glossInfoSchema.shape;
const packedGlossSchema = z.union([z.tuple([z.string(), n]), z.tuple([z.string(), n, z.object(glossExtra)])]);

/** A sentence; `en`, `english`, `t` and `p` are left out when null or empty. */
export const packedSentenceSchema = z.object({
  id: z.string(),
  ko: z.string(),
  en: z.optional(z.string()),
  /** Per eojeol (whitespace-separated span of `ko`), the index of its word, or −1. */
  w: z.array(index),
  /** Term spans: term id, first eojeol, last eojeol. */
  t: z.optional(z.array(z.tuple([z.string(), n, n]))),
  /** Grammar patterns in the sentence: key, and every eojeol the pattern spans. */
  p: z.optional(z.array(z.tuple([z.string(), z.array(n)]))),
  english: z.optional(z.array(z.object({ text: z.string(), termId: z.optional(z.string()) }))),
});

export const packedTextSchema = z.object({
  format: z.literal(PACKED_FORMAT),
  title: z.string(),
  notice: importedTextSchema.shape.notice,
  hasEnglish: z.boolean(),
  /** The word class names the indices refer to. */
  classes: z.array(z.enum(WORD_CLASSES)),
  /** The gloss source names the indices refer to. */
  sources: z.array(z.enum(GLOSS_SOURCES)),
  paragraphs: z.array(
    z.object({ id: z.string(), mode: z.enum(['sentence', 'paragraph', 'korean-only']), sentences: z.array(packedSentenceSchema) }),
  ),
  words: z.array(packedWordSchema),
  parts: z.array(packedPartSchema),
  glosses: z.array(packedGlossSchema),
  terms: bilingualPayloadSchema.shape.terms,
  grammar: bilingualPayloadSchema.shape.grammar,
  patterns: bilingualPayloadSchema.shape.patterns,
});
export type PackedText = z.infer<typeof packedTextSchema>;
type PackedWord = PackedText['words'][number];
type PackedPart = PackedText['parts'][number];
type PackedGloss = PackedText['glosses'][number];

/** The whitespace-separated spans of a sentence: its eojeols, as the analyser cuts them. */
export function eojeolSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  forEachWord(text, 0, text.length, (start, end) => spans.push({ start, end }));
  return spans;
}

/** A table of distinct values, each kept once; `order()` renumbers it by frequency, most used first. */
function table<T>() {
  const values: T[] = [];
  const counts: number[] = [];
  const at = new Map<string, number>();
  return {
    add(key: string, value: () => T): number {
      let i = at.get(key);
      if (i === undefined) {
        at.set(key, (i = values.push(value()) - 1));
        counts.push(0);
      }
      counts[i]!++;
      return i;
    },
    /** The values, most used first, and the new index of each old one. */
    order(): { values: T[]; renumber: Int32Array } {
      const byUse = values.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || a - b);
      const renumber = new Int32Array(values.length);
      byUse.forEach((old, i) => (renumber[old] = i));
      return { values: byUse.map((old) => values[old]!), renumber };
    },
  };
}

/** The answer of the analysis route, packed. Throws if the text's eojeols are not its whitespace-separated spans. */
export function packImportedText(text: ImportedText): PackedText {
  const classIndex = new Map<string, number>(WORD_CLASSES.map((c, i) => [c, i]));
  const words = table<PackedWord>();
  const parts = table<PackedPart>();
  const glosses = table<PackedGloss>();
  const sourceIndex = new Map<string, number>(GLOSS_SOURCES.map((c, i) => [c, i]));
  const classOf = (c: WordClass | null) => (c === null ? -1 : classIndex.get(c)!);
  const partIndex = (p: WordPart) => {
    const packed: PackedPart =
      p.lemma === p.form
        ? [p.form, classOf(p.wordClass), p.grammar, p.termId]
        : [p.form, classOf(p.wordClass), p.grammar, p.termId, p.lemma];
    return parts.add(
      `${p.form}\u0001${p.wordClass}\u0001${p.grammar ?? '\u0000'}\u0001${p.termId ?? '\u0000'}\u0001${p.lemma}`,
      () => packed,
    );
  };
  const packGloss = ({ text, source, ...extra }: GlossInfo): PackedGloss =>
    Object.keys(extra).length ? [text, sourceIndex.get(source)!, extra] : [text, sourceIndex.get(source)!];
  const wordIndex = (word: WordInfo, slice: string) => {
    const gloss = word.gloss ? glosses.add(JSON.stringify(word.gloss), () => packGloss(word.gloss!)) : -1;
    const head: [string | null, number, number, number[]] = [word.lemma, classOf(word.wordClass), gloss, word.parts.map(partIndex)];
    const packed: PackedWord = word.surface === slice ? head : [...head, word.surface];
    // Keys join the fields with U+0001 and write null as U+0000: sanitised text holds neither.
    const key = `${word.lemma === null ? '\u0000' : word.lemma}\u0001${head[1]}\u0001${gloss}\u0001${head[3].join(',')}\u0001${packed[4] ?? ''}`;
    return words.add(key, () => packed);
  };
  const paragraphs = text.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    mode: paragraph.mode,
    sentences: paragraph.sentences.map((s) => {
      const spans = eojeolSpans(s.ko);
      const eojeols = s.korean.eojeols;
      if (spans.length !== eojeols.length || spans.some((span, i) => span.start !== eojeols[i]!.start || span.end !== eojeols[i]!.end))
        throw new Error(`sentence ${s.id}: its eojeols are not its whitespace-separated spans`);
      const p: [string, number[]][] = [];
      const w = eojeols.map(({ start, end }, i) => {
        const word = text.payload.words[`${s.id}:${i}`];
        if (!word) return -1;
        // Each pattern use is listed by every word it spans, in the order they were found: keep the first listing.
        for (const use of word.patterns) if (use.words[0] === i) p.push([use.key, use.words]);
        return wordIndex(word, s.ko.slice(start, end));
      });
      return {
        id: s.id,
        ko: s.ko,
        ...(s.en === null ? {} : { en: s.en }),
        w,
        ...(s.korean.terms.length
          ? { t: s.korean.terms.map((t): [string, number, number] => [t.termId, t.firstEojeol, t.lastEojeol]) }
          : {}),
        ...(p.length ? { p } : {}),
        ...(s.english === null ? {} : { english: s.english }),
      };
    }),
  }));
  const orderedWords = words.order();
  const orderedParts = parts.order();
  const orderedGlosses = glosses.order();
  for (const paragraph of paragraphs) for (const s of paragraph.sentences) s.w = s.w.map((i) => (i < 0 ? i : orderedWords.renumber[i]!));
  return {
    format: PACKED_FORMAT,
    title: text.title,
    notice: text.notice,
    hasEnglish: text.hasEnglish,
    classes: [...WORD_CLASSES],
    sources: [...GLOSS_SOURCES],
    paragraphs,
    words: orderedWords.values.map(([lemma, wordClass, gloss, partList, ...surface]): PackedWord => {
      const head: [string | null, number, number, number[]] = [
        lemma,
        wordClass,
        gloss < 0 ? gloss : orderedGlosses.renumber[gloss]!,
        partList.map((i) => orderedParts.renumber[i]!),
      ];
      return surface.length ? [...head, surface[0]!] : head;
    }),
    parts: orderedParts.values,
    glosses: orderedGlosses.values,
    terms: text.payload.terms,
    grammar: text.payload.grammar,
    patterns: text.payload.patterns,
  };
}

/** The analysed text again, from what the analysis route sent. Throws on anything that does not fit (an index that points nowhere). */
export function unpackImportedText(value: unknown): ImportedText {
  const parsed = packedTextSchema.safeParse(value);
  if (!parsed.success) throw new Error(`the analysis is not in the expected shape: ${parsed.error.issues[0]?.path.join('.')}`);
  const packed = parsed.data;
  const classOf = (i: number): WordClass => {
    const c = packed.classes[i];
    if (c === undefined) throw new Error(`word class ${i} points nowhere`);
    return c;
  };
  const parts = packed.parts.map(([form, wordClass, grammar, termId, lemma]): WordPart => ({
    form,
    wordClass: classOf(wordClass),
    grammar,
    termId,
    lemma: lemma ?? form,
  }));
  const glosses = packed.glosses.map(([text, source, extra]): GlossInfo => {
    const name = packed.sources[source];
    if (name === undefined) throw new Error(`gloss source ${source} points nowhere`);
    return { text, source: name, ...extra };
  });
  const words: Record<string, WordInfo> = {};
  const paragraphs = packed.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    mode: paragraph.mode,
    sentences: paragraph.sentences.map((s) => {
      const eojeols = eojeolSpans(s.ko);
      if (eojeols.length !== s.w.length) throw new Error(`sentence ${s.id}: ${s.w.length} words for ${eojeols.length} eojeols`);
      const uses = new Map<number, PatternUse[]>();
      for (const [key, spanned] of s.p ?? [])
        for (const i of spanned) {
          if (!(i >= 0 && i < eojeols.length)) throw new Error(`sentence ${s.id}: pattern ${key} spans a word that is not there`);
          uses.set(i, [...(uses.get(i) ?? []), { key, words: spanned }]);
        }
      s.w.forEach((at, i) => {
        if (at < 0) return;
        const word = packed.words[at];
        if (!word) throw new Error(`sentence ${s.id}: word ${i} points nowhere`);
        const [lemma, wordClass, gloss, partList, surface] = word;
        const glossInfo = gloss < 0 ? null : glosses[gloss];
        if (glossInfo === undefined) throw new Error(`word ${at}: its gloss points nowhere`);
        words[`${s.id}:${i}`] = {
          surface: surface ?? s.ko.slice(eojeols[i]!.start, eojeols[i]!.end),
          lemma,
          wordClass: wordClass < 0 ? null : classOf(wordClass),
          gloss: glossInfo,
          parts: partList.map((p) => {
            const part = parts[p];
            if (!part) throw new Error(`word ${at}: part ${p} points nowhere`);
            return part;
          }),
          patterns: uses.get(i) ?? [],
        };
      });
      const terms = s.t ?? [];
      for (const [termId, first, last] of terms)
        if (!(first >= 0 && first <= last && last < eojeols.length))
          throw new Error(`sentence ${s.id}: term ${termId} spans words that are not there`);
      return {
        id: s.id,
        ko: s.ko,
        en: s.en ?? null,
        korean: { eojeols, terms: terms.map(([termId, firstEojeol, lastEojeol]) => ({ termId, firstEojeol, lastEojeol })) },
        english: s.english ?? null,
      };
    }),
  }));
  return {
    title: packed.title,
    notice: packed.notice,
    hasEnglish: packed.hasEnglish,
    paragraphs,
    payload: { words, terms: packed.terms, grammar: packed.grammar, patterns: packed.patterns },
  };
}
