/** Coarse word classes shown to learners; each ko-dic tag maps to one of them. */
export const WORD_CLASSES = [
  'noun',
  'proper noun',
  'verb',
  'adjective',
  'adverb',
  'determiner',
  'particle',
  'ending',
  'suffix',
  'number',
  'foreign',
  'symbol',
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** One morpheme of a sentence, in the project's own shape (never lindera's). */
export type Morpheme = {
  surface: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** ko-dic tag, e.g. NNG, JKB, VV+EC; lexicon entries get NNG or NNP. */
  tag: string;
  wordClass: WordClass;
  /** Dictionary form: 부으며 → 붓다, 인프라 → 인프라, 를 → 를. */
  lemma: string;
  /** Index of the eojeol (space-delimited word) it belongs to. */
  eojeol: number;
  /** Glossary entry id, when the morpheme is (part of) a glossary term. */
  termId?: string;
  /** Key into the josa/eomi table, for particles and endings. */
  grammar?: string;
  /** For an inflected token, what ko-dic says it is made of: 부으며 → 붓/VV + 으며/EC. */
  parts?: { form: string; tag: string }[];
  /** What ko-dic says a proper noun names, where it knows: 김민수 → person, 부산 → place. */
  nameKind?: 'person' | 'place';
};

/**
 * A morpheme with every field present, in one order (the optional ones undefined): the analyser's
 * code then sees one object shape, and V8 keeps it optimised. Mixed shapes (with and without parts,
 * grammar added later) made its hottest functions deoptimise on every long text.
 */
export function newMorpheme(
  fields: Pick<Morpheme, 'surface' | 'start' | 'end' | 'tag' | 'wordClass' | 'lemma'> & Partial<Morpheme>,
): Morpheme {
  return {
    surface: fields.surface,
    start: fields.start,
    end: fields.end,
    tag: fields.tag,
    wordClass: fields.wordClass,
    lemma: fields.lemma,
    eojeol: fields.eojeol ?? -1,
    termId: fields.termId,
    grammar: fields.grammar,
    parts: fields.parts,
    nameKind: fields.nameKind,
  };
}

/** A space-delimited word with its morphemes and its content lemma. */
export type Eojeol = {
  index: number;
  surface: string;
  start: number;
  end: number;
  /** The content word's dictionary form: 쏟아부으며 → 쏟아붓다, 데이터센터를 → 데이터센터. */
  lemma: string | null;
  wordClass: WordClass | null;
  morphemes: Morpheme[];
};

/** One occurrence of a glossary term, with its gloss and particles: 인피니밴드(InfiniBand)로. */
export type TermOccurrence = { termId: string; start: number; end: number; firstEojeol: number; lastEojeol: number };

export type Analysis = { text: string; eojeols: Eojeol[]; morphemes: Morpheme[]; terms: TermOccurrence[] };

/** Whether a UTF-16 code unit is white space as the RegExp \s class has it (so eojeols split as /\S+/ would). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Calls `visit(start, end)` for each run of non-space characters of text[from, to), as /\S+/g finds
 * them, without a match object per word (this runs once for each eojeol of every text).
 */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) return;
    const start = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}
