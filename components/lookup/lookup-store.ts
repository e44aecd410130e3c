'use client';

import { useSyncExternalStore } from 'react';
import { emptyLookupStore, LOOKUPS_KEY, mergeLookupStores, parseLookupStore, type LookupStore } from '@/lib/lookup';
import { createSyncedStore } from '../storage/synced-store';

const store = createSyncedStore<LookupStore>({
  key: LOOKUPS_KEY,
  parse: parseLookupStore,
  merge: mergeLookupStores,
  empty: emptyLookupStore,
});

export const updateLookups = store.update;

/** The look-up dictionaries of this browser, kept in step with storage and other tabs; the defaults until it has loaded. */
export function useLookups() {
  return useSyncExternalStore(store.subscribe, store.get, store.getServer);
}

/** The store's state right now, outside React: to tell whether the last write reached storage. */
export const readLookups = store.get;

/** Subscribes outside React: reading storage at once, so a component mounted later renders the stored list from the start. */
export const subscribeLookups = store.subscribe;
