export { analyseKorean } from './analyse';
export { compileLexicon, splitParticles, endsInConsonant } from './lexicon';
export type { CompiledLexicon, LexiconEntry, FixedEojeol, KnownWords } from './lexicon';
export { GRAMMAR, GRAMMAR_BY_KEY, findGrammar } from './grammar';
export { readGrammarInContext } from './grammar-context';
export type { GrammarEntry } from './grammar';
export { toCompatibilityJamo } from './ko-dic';
export {
  TAG,
  ALL_TAGS,
  LEXICON_TAGS,
  CONTENT_CLASSES,
  classifyTag,
  isContentWord,
  isGrammarTag,
  isJosaTag,
  isEomiTag,
  isNominalTag,
  isNounTag,
  isPredicateTag,
  tagInfo,
} from './tags';
export type { Tag, LexiconTag, TagInfo } from './tags';
export { getTokenizer, tokenizeKorean } from './lindera';
export { WORD_CLASSES } from './types';
export type { Analysis, Eojeol, Morpheme, TermOccurrence, WordClass } from './types';
export { romanizeEojeol, romanizePersonName, romanizeWord } from './romanize';
export { findNumberExpressions } from './numbers';
export type { NumberExpression } from './numbers';
export { suggestFromEnglish } from './suggest';
export { loadPatterns, findPatterns } from './patterns';
export type { GrammarPattern, PatternMatch } from './patterns';
export type { Suggestion } from './suggest';
