'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, loadProgress, PROGRESS_KEY, saveProgress, type Progress, type Recovery } from '@/lib/practice';

export type ProgressState = { progress: Progress; recovery: Recovery | null; error: 'unavailable' | 'write-failed' | null; ready: boolean };

const SERVER: ProgressState = { progress: emptyProgress(), recovery: null, error: null, ready: false };
let state = SERVER;
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

const emit = () => listeners.forEach((listener) => listener());

/** Re-reads storage: on start, and when another tab wrote (storage event or BroadcastChannel). */
function reload() {
  try {
    const { progress, recovery } = loadProgress(localStorage);
    state = { progress, recovery: recovery ?? state.recovery, error: null, ready: true };
  } catch {
    state = { ...state, error: 'unavailable', ready: true };
  }
  emit();
}

function start() {
  reload();
  window.addEventListener('storage', (event) => event.key === PROGRESS_KEY && reload());
  if ('BroadcastChannel' in window) {
    channel = new BroadcastChannel('hanyeong-progress');
    channel.onmessage = reload;
  }
}

export function subscribeProgress(listener: () => void) {
  listeners.add(listener);
  if (!state.ready && listeners.size === 1) start();
  return () => listeners.delete(listener);
}

/**
 * Changes progress and writes it at once, merged with what other tabs stored meanwhile
 * (last writer per card), then tells the other tabs.
 */
export function updateProgress(change: (progress: Progress) => Progress) {
  try {
    state = { ...state, progress: saveProgress(localStorage, change(state.progress)), error: null };
  } catch {
    state = { ...state, error: 'write-failed' };
  }
  emit();
  channel?.postMessage('changed');
}

/** Replaces progress entirely (reset, or after an import that the person confirmed). */
export function replaceProgress(progress: Progress) {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    state = { ...state, progress, error: null };
  } catch {
    state = { ...state, error: 'write-failed' };
  }
  emit();
  channel?.postMessage('changed');
}

export const dismissRecovery = () => {
  state = { ...state, recovery: null };
  emit();
};

export const getProgressState = () => state;

/** The learner's progress, kept in step with storage and other tabs. */
export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribeProgress, getProgressState, () => SERVER);
}
