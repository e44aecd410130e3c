'use client';

import { useSyncExternalStore } from 'react';
import {
  emptySentenceLookupStore,
  mergeSentenceLookupStores,
  parseSentenceLookupStore,
  SENTENCE_LOOKUP_KEY,
  type SentenceLookupStore,
} from '@/lib/lookup';
import { createSyncedStore } from '../storage/synced-store';

const store = createSyncedStore<SentenceLookupStore>({
  key: SENTENCE_LOOKUP_KEY,
  parse: parseSentenceLookupStore,
  merge: mergeSentenceLookupStores,
  empty: emptySentenceLookupStore,
});

export const updateSentenceLookup = store.update;
/** The store's state right now, outside React: to tell whether the last write reached storage. */
export const readSentenceLookup = store.get;

/** The translator that sentences link to, kept in step with storage and other tabs; the default until it has loaded. */
export function useSentenceLookup() {
  return useSyncExternalStore(store.subscribe, store.get, store.getServer);
}
