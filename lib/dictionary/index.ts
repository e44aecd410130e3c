export { DICTIONARY_CLASSES, LEVELS, dictionaryEntrySchema } from './schema';
export type { DictionaryClass, DictionaryEntry } from './schema';
export { DictionaryError, parseDictionaryFile, checkDuplicates } from './parse';
export { compileDictionary, knownWords, lookUp, splitCompound, derive } from './lookup';
export type { Dictionary } from './lookup';
export { loadDictionary, DICTIONARY_ROOT } from './load';
