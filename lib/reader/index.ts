export { getCorpus, segmentsOf, buildLexicon } from './corpus';
export type { Corpus } from './corpus';
export { listContentLemmas } from './lemmas';
export { loadLexiconFiles, LEXICON_ROOT } from './lexicon-files';
export { buildWordPayload, romanizeEojeol } from './payload';
export type { WordPayload, WordInfo, WordPart, TermInfo, GrammarInfo } from './payload';
export { findOccurrences } from './occurrences';
export type { Occurrence } from './occurrences';
