'use client';

import { useEffect, useReducer, useState } from 'react';

type Store = typeof import('./progress-store');

let loading: Promise<Store> | null = null;
/** The progress store (with its zod schema) loads once, when the browser is idle after load. */
export const loadStore = () => (loading ??= import('./progress-store'));

/**
 * Progress for pages where practice is secondary (library, reader, banner): the store arrives
 * after first paint, so it costs the page's first load nothing. Null until it has arrived.
 */
export function useLazyProgress(): (ReturnType<Store['getProgressState']> & { update: Store['updateProgress']; dismiss: Store['dismissRecovery'] }) | null {
  const [store, setStore] = useState<Store | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let cancelled = false;
    const idle = window.requestIdleCallback ?? ((fn: () => void, _options?: IdleRequestOptions) => window.setTimeout(fn, 200));
    idle(() => void loadStore().then((s) => !cancelled && setStore(s)), { timeout: 1500 });
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => (store ? (store.subscribeProgress(rerender) as unknown as () => void) : undefined), [store]);
  return store ? { ...store.getProgressState(), update: store.updateProgress, dismiss: store.dismissRecovery } : null;
}
