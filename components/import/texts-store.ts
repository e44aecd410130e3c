'use client';

import { useSyncExternalStore } from 'react';
import { emptyTextStore, mergeTextStores, parseTextStore, TEXTS_KEY, type TextStore } from '@/lib/textimport';
import { createSyncedStore } from '../storage/synced-store';

const store = createSyncedStore<TextStore>({
  key: TEXTS_KEY,
  parse: parseTextStore,
  merge: mergeTextStores,
  empty: emptyTextStore,
});

export const updateTexts = store.update;

/** Imported texts saved in this browser, kept in step with storage and other tabs. */
export function useTexts() {
  return useSyncExternalStore(store.subscribe, store.get, store.getServer);
}
