export { CATEGORIES, entrySchema } from './schema';
export type { Category, Glossary, GlossaryEntry } from './schema';
export { GlossaryError, validateGlossary } from './validate';
export type { GlossaryFile } from './validate';
export { loadGlossary, GLOSSARY_ROOT } from './load';
export { compileEnglishTerms, linkEnglish } from './english';
export type { EnglishSegment } from './english';
export { matchesQuery, searchKey } from './search';
export { toAnkiTsv, toCsv } from './export';
