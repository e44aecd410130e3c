export { DEFAULT_DICTIONARIES, LEMMA, MAX_NAME, MAX_TEMPLATE, lookupUrl, validateTemplate, isUsableTemplate } from './templates';
export type { Dictionary, TemplateError } from './templates';
export {
  LOOKUPS_KEY,
  emptyLookupStore,
  parseLookupStore,
  mergeLookupStores,
  addDictionary,
  removeDictionary,
  restoreDictionary,
  restoreDefaults,
} from './store';
export type { LookupStore } from './store';
export {
  SENTENCE,
  SENTENCE_LOOKUP_KEY,
  DEFAULT_TRANSLATOR,
  GOOGLE_TRANSLATOR,
  emptySentenceLookupStore,
  parseSentenceLookupStore,
  mergeSentenceLookupStores,
  validateTranslator,
  sentenceUrl,
} from './sentence';
export type { Translator, SentenceLookupStore } from './sentence';
