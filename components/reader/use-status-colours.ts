'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { wordStatus } from '@/lib/practice/word-status';
import { useLazyProgress } from '../practice/use-lazy-progress';
import { getPageWords, paintStatuses, publishPageWords, readPageWords, subscribePageWords } from './page-words';
import { findReader } from './reader-dom';
import type { WordData } from './use-word-data';

const noWords = () => null;

/**
 * Marks each Korean word with its learner status (data-status: new, learning, known, ignored), kept
 * in step with progress; the "word status colours" toggle decides whether CSS shows it. The page's
 * words are read once per word data and published for the status keys (page-words.ts).
 */
export function useStatusColours(data: WordData) {
  const state = useLazyProgress();
  const progress = state?.ready ? state.progress : null;
  const words = useSyncExternalStore(subscribePageWords, getPageWords, noWords);
  useEffect(() => {
    const root = findReader();
    if (!root || data.status !== 'ready') return;
    publishPageWords(readPageWords(root, data.payload));
    return () => publishPageWords(null);
  }, [data]);
  useEffect(() => {
    if (!words || !progress) return;
    paintStatuses(words, (id) => wordStatus(progress, id));
  }, [words, progress]);
}
