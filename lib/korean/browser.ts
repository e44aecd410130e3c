// The browser-safe part of the Korean module (no lindera, no file system).
export { splitParticles, endsInConsonant } from './lexicon';
export { romanizeEojeol } from './romanize';
export { WORD_CLASSES, forEachWord } from './types';
export type { WordClass } from './types';
export { isContentWord } from './tags';
export { headwordOf } from './headword';
export { GRAMMAR } from './grammar';
