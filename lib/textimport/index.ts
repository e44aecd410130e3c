export { sanitiseText, sanitiseTitle, hasHangul, isBlank, MAX_CHARS, MAX_TITLE } from './sanitise';
export { splitParagraphs, splitKoreanSentences, splitEnglishSentences } from './split';
export { pairTexts } from './pair';
export type { Pairing, PairedParagraph, PairedSentence } from './pair';
export { createRateLimiter } from './rate-limit';
export { TEXTS_KEY, emptyTextStore, parseTextStore, mergeTextStores, changeText } from './saved';
export type { SavedText, TextStore, StoredImport } from './saved';
export { untitledTitle, TITLE_WORDS, TITLE_CHARS } from './title';
