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
