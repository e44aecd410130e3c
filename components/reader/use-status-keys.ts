'use client';

import { useEffect, useRef } from 'react';
import { announceWordsMarkedKnown, setStatus, statusForKey, wordStatus, type Status } from '@/lib/practice';
import { loadStore } from '../practice/use-lazy-progress';
import { getPageWords, paintStatus } from './page-words';
import { findReader } from './reader-dom';
import { isCommandKey, keyTarget, latinKey, nextNewWord, surfaceOf, triggerIn, wordOf } from './status-keys';

export type StatusKeyLabels = {
  statuses: Record<Status, string>;
  noWord: string;
  notContent: string;
  loading: string;
  noNextNew: string;
  noPreviousNew: string;
  saveFailed: string;
};

/**
 * The reader's keys: 1 new, 2 learning, 3 known, 0 or i ignored (on the focused or pointed-at word),
 * j/k the next/previous new word, ? the shortcuts. Space is left alone (the audio player's). What
 * happened is told through `say` (a live region), for the colours may be off.
 */
export function useStatusKeys(labels: StatusKeyLabels, say: (message: string) => void, openHelp: () => void) {
  const latest = useRef({ labels, say, openHelp });
  useEffect(() => {
    latest.current = { labels, say, openHelp };
  });
  useEffect(() => {
    const root = findReader();
    if (!root) return;
    let hovered: HTMLElement | null = null;
    const over = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') hovered = triggerIn(event.target, root);
    };
    const out = (event: PointerEvent) => {
      if (hovered && !(event.relatedTarget instanceof Node && hovered.contains(event.relatedTarget))) hovered = null;
    };

    async function setByKey(el: HTMLElement, status: Status) {
      const { labels, say } = latest.current;
      const words = getPageWords();
      if (!words) return say(labels.loading);
      const word = wordOf(words, el);
      if (!word) return say(labels.notContent);
      paintStatus(words, word.id, status);
      const store = await loadStore();
      const was = wordStatus(store.getProgressState().progress, word.id);
      const now = new Date();
      store.updateProgress((progress) => setStatus(progress, word, status, now));
      const state = store.getProgressState();
      if (state.error === 'write-failed') return say(labels.saveFailed);
      // The stored status (a stale tab may have had another), painted again.
      paintStatus(words, word.id, wordStatus(state.progress, word.id));
      say(`${surfaceOf(el) || word.lemma}: ${labels.statuses[status]}`);
      if (status === 'known' && was !== 'known')
        announceWordsMarkedKnown({ wordIds: [word.id], how: 'key', undone: false, at: now.toISOString() });
    }

    const keydown = (event: KeyboardEvent) => {
      if (!isCommandKey(event)) return;
      const { labels, say, openHelp } = latest.current;
      if (event.key === '?') {
        event.preventDefault();
        return openHelp();
      }
      const key = latinKey(event);
      const status = event.shiftKey ? null : statusForKey(key);
      const step = event.shiftKey ? null : key === 'j' ? true : key === 'k' ? false : null;
      if (!status && step === null) return;
      const target = keyTarget(root, hovered);
      event.preventDefault();
      if (status) {
        if (!target) return say(labels.noWord);
        return void setByKey(target, status);
      }
      if (!getPageWords()) return say(labels.loading);
      const next = nextNewWord(target, step!);
      if (!next) return say(step ? labels.noNextNew : labels.noPreviousNew);
      // As the arrow keys do (popover-triggers.ts): out of the Tab order, focused, scrolled into view.
      next.tabIndex = -1;
      next.focus();
      say('');
    };
    root.addEventListener('pointerover', over);
    root.addEventListener('pointerout', out);
    document.addEventListener('keydown', keydown);
    return () => {
      root.removeEventListener('pointerover', over);
      root.removeEventListener('pointerout', out);
      document.removeEventListener('keydown', keydown);
    };
  }, []);
}
