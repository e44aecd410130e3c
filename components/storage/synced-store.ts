'use client';

import { backupKeyOf, readStore, writeStore, type Recovery } from '@/lib/storage';
import { announceBackups } from './backups-event';

export type SyncedState<T> = { value: T; recovery: Recovery | null; error: 'unavailable' | 'write-failed' | null; ready: boolean };

type Options<T> = { key: string; parse: (raw: string) => T; merge: (stored: T, mine: T) => T; empty: () => T };

/**
 * A localStorage-backed store shared by every tab: read on first use, written at once (merged
 * with what other tabs stored meanwhile), and re-read when another tab writes (storage event or
 * BroadcastChannel). For useSyncExternalStore.
 */
export function createSyncedStore<T>({ key, parse, merge, empty }: Options<T>) {
  const server: SyncedState<T> = { value: empty(), recovery: null, error: null, ready: false };
  let state = server;
  const listeners = new Set<() => void>();
  let channel: BroadcastChannel | null = null;
  const emit = () => listeners.forEach((listener) => listener());

  function reload() {
    try {
      const { value, recovery } = readStore(localStorage, key, parse, empty);
      state = { value, recovery: recovery ?? state.recovery, error: null, ready: true };
      if (recovery?.inPlace) void moveAside();
    } catch {
      state = { ...state, error: 'unavailable', ready: true };
    }
    emit();
  }

  /**
   * Unreadable data too large to copy beside itself in localStorage goes to IndexedDB (read back
   * and compared), and only then is the key emptied. Where IndexedDB fails, it stays in place:
   * still announced and downloadable from there.
   */
  let moving = false;
  async function moveAside() {
    if (moving) return;
    moving = true;
    try {
      const raw = localStorage.getItem(key);
      const recovery = state.recovery;
      if (raw === null || !recovery) return;
      const { openAppDb, keepAside } = await import('@/lib/storage/db');
      const now = new Date();
      const backupKey = await keepAside(await openAppDb(), {
        key: backupKeyOf(key, now),
        store: key,
        at: now.toISOString(),
        reason: recovery.reason,
        detail: recovery.detail,
        data: raw,
      });
      if (localStorage.getItem(key) !== raw) return;
      localStorage.setItem(key, JSON.stringify(empty()));
      state = { ...state, recovery: { reason: recovery.reason, detail: recovery.detail, backupKey } };
      reload();
      announceBackups();
    } catch {
      // Kept in place: the banner offers it from there.
    } finally {
      moving = false;
    }
  }

  function write(next: () => T, merged: boolean) {
    try {
      const value = next();
      if (!merged && readStore(localStorage, key, parse, empty).recovery?.inPlace) throw new Error('unreadable data kept in place');
      state = {
        ...state,
        value: merged
          ? writeStore(localStorage, key, value, parse, merge, empty)
          : (localStorage.setItem(key, JSON.stringify(value)), value),
        error: null,
      };
    } catch {
      state = { ...state, error: 'write-failed' };
    }
    emit();
    channel?.postMessage('changed');
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (!state.ready && listeners.size === 1) {
        reload();
        window.addEventListener('storage', (event) => event.key === key && reload());
        if ('BroadcastChannel' in window) {
          channel = new BroadcastChannel(key); // one channel per store, named by its key
          channel.onmessage = reload;
        }
      }
      return () => void listeners.delete(listener);
    },
    get: () => state,
    getServer: () => server,
    /** Changes the value and writes it, merged with other tabs' writes. */
    update: (change: (value: T) => T) => write(() => change(state.value), true),
    /** Replaces the value outright (a confirmed reset). */
    replace: (value: T) => write(() => value, false),
    dismissRecovery: () => {
      state = { ...state, recovery: null };
      emit();
    },
  };
}
