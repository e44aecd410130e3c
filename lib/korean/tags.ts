import type { WordClass } from './types';

/**
 * Everything the project knows about ko-dic's part-of-speech tags (Sejong-derived), in one table.
 * - wordClass: the coarse class shown to learners.
 * - role: what the morpheme does in an eojeol: a lexical word, an auxiliary verb (있다 in -고 있다),
 *   a josa (particle), an eomi (ending), the copula, an affix, a number, a foreign word or a symbol.
 * - predicate: a stem that takes -다 in the dictionary, and whether it makes a verb or an adjective.
 * - nominal: a word that particles attach to (체언, and what stands in for one: 27이, GPU가).
 * - noun: a noun proper, which joins other nouns into compounds (데이터+센터).
 * - head: may start the content word of an eojeol (auxiliaries and the copula never do).
 * Nothing outside this file spells a tag; it asks this table.
 */
const TABLE = {
  NNG: { wordClass: 'noun', role: 'lexical', nominal: true, noun: true, head: true },
  NNP: { wordClass: 'proper noun', role: 'lexical', nominal: true, noun: true, head: true },
  NNB: { wordClass: 'noun', role: 'lexical', nominal: true, noun: true, head: true },
  NNBC: { wordClass: 'noun', role: 'lexical', nominal: true, noun: true, head: true },
  NP: { wordClass: 'noun', role: 'lexical', nominal: true, head: true },
  NR: { wordClass: 'number', role: 'lexical', nominal: true, head: true },
  XR: { wordClass: 'noun', role: 'lexical', head: true, compoundBase: true },
  VV: { wordClass: 'verb', role: 'lexical', predicate: 'verb', head: true },
  VA: { wordClass: 'adjective', role: 'lexical', predicate: 'adjective', head: true },
  VX: { wordClass: 'verb', role: 'auxiliary', predicate: 'verb' },
  VCP: { wordClass: 'verb', role: 'copula', predicate: 'verb' },
  VCN: { wordClass: 'adjective', role: 'copula', predicate: 'adjective' },
  MAG: { wordClass: 'adverb', role: 'lexical', head: true },
  MAJ: { wordClass: 'adverb', role: 'lexical', head: true },
  MM: { wordClass: 'determiner', role: 'lexical', head: true },
  IC: { wordClass: 'adverb', role: 'lexical', head: true },
  JKS: { wordClass: 'particle', role: 'josa' },
  JKC: { wordClass: 'particle', role: 'josa' },
  JKG: { wordClass: 'particle', role: 'josa' },
  JKO: { wordClass: 'particle', role: 'josa' },
  JKB: { wordClass: 'particle', role: 'josa' },
  JKV: { wordClass: 'particle', role: 'josa' },
  JKQ: { wordClass: 'particle', role: 'josa' },
  JX: { wordClass: 'particle', role: 'josa' },
  JC: { wordClass: 'particle', role: 'josa' },
  EP: { wordClass: 'ending', role: 'eomi' },
  EF: { wordClass: 'ending', role: 'eomi' },
  EC: { wordClass: 'ending', role: 'eomi', connective: true },
  ETN: { wordClass: 'ending', role: 'eomi' },
  ETM: { wordClass: 'ending', role: 'eomi' },
  XPN: { wordClass: 'suffix', role: 'affix', head: true, compoundBase: true },
  XSN: { wordClass: 'suffix', role: 'affix', nominal: true, noun: true, compoundBase: true },
  XSV: { wordClass: 'suffix', role: 'affix', predicate: 'verb', derives: true },
  XSA: { wordClass: 'suffix', role: 'affix', predicate: 'adjective', derives: true },
  SN: { wordClass: 'number', role: 'number', nominal: true, head: true },
  SL: { wordClass: 'foreign', role: 'foreign', nominal: true, head: true },
  SH: { wordClass: 'foreign', role: 'foreign', nominal: true, head: true },
  SF: { wordClass: 'symbol', role: 'symbol' },
  SC: { wordClass: 'symbol', role: 'symbol' },
  SE: { wordClass: 'symbol', role: 'symbol' },
  SSO: { wordClass: 'symbol', role: 'symbol' },
  SSC: { wordClass: 'symbol', role: 'symbol' },
  SS: { wordClass: 'symbol', role: 'symbol' },
  SY: { wordClass: 'symbol', role: 'symbol' },
  SP: { wordClass: 'symbol', role: 'symbol' },
  UNK: { wordClass: 'symbol', role: 'symbol' },
} as const satisfies Record<string, TagInfo>;

export type TagRole = 'lexical' | 'auxiliary' | 'josa' | 'eomi' | 'copula' | 'affix' | 'number' | 'foreign' | 'symbol';
export type TagInfo = {
  wordClass: WordClass;
  role: TagRole;
  predicate?: 'verb' | 'adjective';
  nominal?: boolean;
  noun?: boolean;
  head?: boolean;
  /** May stand before a noun in a compound without being one: 초+거대 (XPN), 미래+적 (XSN), XR roots. */
  compoundBase?: boolean;
  /** A connective ending (EC): 아/어 between two verbs, -고, -며. */
  connective?: boolean;
  /** A derivational suffix that makes a predicate of what precedes it: 설계+되, 새+롭. */
  derives?: boolean;
};

/** A ko-dic tag, e.g. NNG. */
export type Tag = keyof typeof TABLE;
/** Every tag, by name, for code that builds a morpheme: TAG.JKS is the subject particle's tag. */
export const TAG = Object.fromEntries(Object.keys(TABLE).map((tag) => [tag, tag])) as { [K in Tag]: K };
export const ALL_TAGS = Object.keys(TABLE) as Tag[];
/** The tags a lexicon word may carry: a common or a proper noun. */
export const LEXICON_TAGS = [TAG.NNG, TAG.NNP] as const;
export type LexiconTag = (typeof LEXICON_TAGS)[number];

const UNKNOWN: TagInfo = TABLE.UNK;

/**
 * What the table says of a tag; a compound tag (VV+EC, an inflected token) is read by its first part.
 * e.g. tagInfo('VV+EC').predicate → 'verb'
 */
export function tagInfo(tag: string): TagInfo {
  let info = INFO_BY_TAG.get(tag);
  if (!info) {
    // A fused tag (VV+EC) is read by its first tag; ko-dic has a few hundred tag strings, so the cache stays small.
    const plus = tag.indexOf('+');
    const first = plus < 0 ? tag : tag.slice(0, plus);
    info = Object.hasOwn(TABLE, first) ? TABLE[first as Tag] : UNKNOWN;
    if (INFO_BY_TAG.size < 4096) INFO_BY_TAG.set(tag, info);
  }
  return info;
}
const INFO_BY_TAG = new Map<string, TagInfo>();

/** e.g. classifyTag('VV+EC') → 'verb', classifyTag('JKB') → 'particle' */
export const classifyTag = (tag: string): WordClass => tagInfo(tag).wordClass;
/** Predicate stems take -다 in the dictionary: 붓/VV → 붓다, 설계+되/XSV → 설계되다. */
export const isPredicateTag = (tag: string) => tagInfo(tag).predicate !== undefined;
/** A verb or adjective stem of its own (not an auxiliary, the copula or a suffix): 붓/VV, 새롭/VA. */
export const isLexicalPredicateTag = (tag: string) => tagInfo(tag).role === 'lexical' && tagInfo(tag).predicate !== undefined;
/** A main verb stem: 붓/VV, 받/VV. */
export const isMainVerbTag = (tag: string) => isLexicalPredicateTag(tag) && tagInfo(tag).predicate === 'verb';
/** A particle (josa): 이/JKS, 는/JX, 와/JC. */
export const isJosaTag = (tag: string) => tagInfo(tag).role === 'josa';
/** An ending (eomi): 었/EP, 다/EF, 으며/EC. */
export const isEomiTag = (tag: string) => tagInfo(tag).role === 'eomi';
/** Particles and endings, the grammar the josa/eomi table explains. */
export const isGrammarTag = (tag: string) => isJosaTag(tag) || isEomiTag(tag);
/** Words particles attach to: nouns, pronouns, numerals, noun suffixes (서버+들+은), digits and Latin words. */
export const isNominalTag = (tag: string) => tagInfo(tag).nominal === true;
/** Nouns proper (NNG, NNP, NNB, NNBC) and noun suffixes: the parts of a noun compound. */
export const isNounTag = (tag: string) => tagInfo(tag).noun === true;

/**
 * The Sejong tag for a token ko-dic could not place (UNK): digits, Latin words, hanja, symbols.
 * e.g. tagForUnknown('9000') → 'SN', tagForUnknown('GPU') → 'SL'
 */
export function tagForUnknown(surface: string): Tag {
  if (/^[0-9]+$/.test(surface)) return TAG.SN;
  if (/^[A-Za-z][A-Za-z0-9.\-]*$/.test(surface)) return TAG.SL;
  if (/^[\p{P}\p{S}]+$/u.test(surface)) return TAG.SY;
  if (/^[\u4e00-\u9fff]+$/.test(surface)) return TAG.SH;
  return TAG.UNK;
}

/** The tag of a punctuation mark standing at a word's edge: 。 . ! ? end a sentence, , ; : separate. */
export const tagForPunctuation = (char: string): Tag => (/[.!?]/.test(char) ? TAG.SF : /[,;:]/.test(char) ? TAG.SC : TAG.SS);

/**
 * The word classes a learner learns and counts (what gets a gloss, a status and a flashcard):
 * nouns, proper nouns, verbs, adjectives and adverbs. Particles, endings, numbers and symbols do not.
 */
export const CONTENT_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>(['noun', 'proper noun', 'verb', 'adjective', 'adverb']);
/** e.g. isContentWord('proper noun') → true, isContentWord('particle') → false */
export const isContentWord = (wordClass: WordClass | null | undefined): boolean => !!wordClass && CONTENT_CLASSES.has(wordClass);
