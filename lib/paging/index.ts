// Long texts in pages: pure and browser-safe (the reader and the imported-text reader both use it).
export { PAGE_WORDS, countWords, splitPages, pagesOf, idsOf, pageOfSegment, readerPathOf, parsePage, articlePage } from './split';
