export { analyseKorean } from './analyse';
export { compileLexicon, splitParticles, endsInConsonant } from './lexicon';
export type { CompiledLexicon, LexiconEntry, FixedEojeol } from './lexicon';
export { GRAMMAR, GRAMMAR_BY_KEY, findGrammar } from './grammar';
export type { GrammarEntry } from './grammar';
export { classifyTag, toCompatibilityJamo } from './ko-dic';
export { getTokenizer, getTokenizerInitMs, tokenizeKorean } from './lindera';
export { WORD_CLASSES } from './types';
export type { Analysis, Eojeol, Morpheme, TermOccurrence, WordClass } from './types';
