'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, mergeProgress, migrateProgress, PROGRESS_KEY, type Progress } from '@/lib/practice';
import { createSyncedStore, type SyncedState } from '../storage/synced-store';

const store = createSyncedStore<Progress>({
  key: PROGRESS_KEY,
  parse: migrateProgress,
  merge: mergeProgress,
  empty: emptyProgress,
});

export type ProgressState = Omit<SyncedState<Progress>, 'value'> & { progress: Progress };

let last: SyncedState<Progress> | null = null;
let view: ProgressState | null = null;
/** The store's state with the value named `progress`; the same object while nothing changed. */
export const getProgressState = (): ProgressState => {
  const state = store.get();
  if (state !== last) {
    last = state;
    view = { ...state, progress: state.value };
  }
  return view!;
};
const serverState: ProgressState = { ...store.getServer(), progress: store.getServer().value };

export const subscribeProgress = store.subscribe;
/** Changes progress and writes it, merged with other tabs' writes (last writer per card). */
export const updateProgress = store.update;
/** Replaces progress entirely (a confirmed reset). */
export const replaceProgress = store.replace;
export const dismissRecovery = store.dismissRecovery;

/** The learner's progress, kept in step with storage and other tabs. */
export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribeProgress, getProgressState, () => serverState);
}
