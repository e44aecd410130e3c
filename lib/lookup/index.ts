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
