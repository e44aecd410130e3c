'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { whenIdle } from '@/lib/idle';

type Store = typeof import('./progress-store');

let loading: Promise<Store> | null = null;
let loaded: Store | null = null;
const noSubscription = () => () => {};
const noState = () => null;

/** The progress store (with its zod schema) loads once, when the browser is idle after load. */
export const loadStore = () => (loading ??= import('./progress-store').then((store) => (loaded = store)));

/**
 * Progress for pages where practice is secondary (library, reader, banner): the store arrives
 * after first paint, so it costs the page's first load nothing. Null until it has arrived.
 */
export function useLazyProgress():
  (ReturnType<Store['getProgressState']> & { update: Store['updateProgress']; dismiss: Store['dismissRecovery'] }) | null {
  // Once the store has arrived, components mounted later (the word popover's card) have it at once.
  const [store, setStore] = useState<Store | null>(() => loaded);
  useEffect(() => {
    if (store) return;
    let cancelled = false;
    const cancel = whenIdle(() => void loadStore().then((s) => !cancelled && setStore(s)));
    return () => {
      cancelled = true;
      cancel();
    };
  }, [store]);
  // useSyncExternalStore re-reads the snapshot after subscribing, so no change in between is missed.
  const state = useSyncExternalStore(store?.subscribeProgress ?? noSubscription, store?.getProgressState ?? noState, noState);
  return store && state ? { ...state, update: store.updateProgress, dismiss: store.dismissRecovery } : null;
}
