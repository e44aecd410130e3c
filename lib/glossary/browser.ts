// The browser-safe part of the glossary module (no file system): what client islands may import.
export { matchesQuery } from './search';
export type { EnglishSegment } from './english';
