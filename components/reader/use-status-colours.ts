'use client';

import { useEffect } from 'react';
import { isContentWord } from '@/lib/korean/browser';
import { wordIdFor, wordStatus } from '@/lib/practice';
import { useLazyProgress } from '../practice/use-lazy-progress';
import { findReader } from './reader-dom';
import type { WordData } from './use-word-data';
import { own } from '@/lib/own';

/**
 * Marks each Korean word with its learner status (data-status: new, learning, known), kept in
 * step with progress; the "word status colours" toggle decides whether CSS shows it.
 */
export function useStatusColours(data: WordData) {
  const state = useLazyProgress();
  const progress = state?.ready ? state.progress : null;
  useEffect(() => {
    const root = findReader();
    if (!root || !progress || data.status !== 'ready') return;
    for (const el of root.querySelectorAll<HTMLElement>('[lang="ko"] .w[data-e]')) {
      const sid = el.closest<HTMLElement>('[data-sid]')?.dataset.sid;
      const word = own(data.payload.words, `${sid}:${el.dataset.e}`);
      const termId = el.closest<HTMLElement>('a.term')?.dataset.term ?? null;
      const content = termId || isContentWord(word?.wordClass);
      if (!word?.lemma || !content) el.removeAttribute('data-status');
      else el.dataset.status = wordStatus(progress, wordIdFor(word.lemma, termId));
    }
  }, [progress, data]);
}
