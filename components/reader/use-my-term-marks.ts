'use client';

import { useEffect } from 'react';
import { findMyTerms, listMyTerms, termTokens, type MyTerm } from '@/lib/practice';
import { useLazyProgress } from '../practice/use-lazy-progress';
import { findReader } from './reader-dom';
import { koreanSentences, wordInfo } from './term-dom';
import type { WordData } from './use-word-data';

const MARKS = ['data-mt', 'data-mt-end', 'aria-description'];

/**
 * Marks every occurrence of the learner's own terms in the Korean text, with whatever particles
 * and endings it has: each word gets data-mt (its term's key, which the popover reads), the last
 * one data-mt-end (CSS adds a mark after it), and each an aria-description naming the term.
 */
export function useMyTermMarks(data: WordData, describe: (term: MyTerm) => string) {
  const state = useLazyProgress();
  const terms = state?.ready ? state.progress.myTerms : undefined;
  useEffect(() => {
    const root = findReader();
    if (!root || data.status !== 'ready') return;
    for (const el of root.querySelectorAll('[data-mt]')) for (const name of MARKS) el.removeAttribute(name);
    const active = listMyTerms(terms);
    if (active.length === 0) return;
    const byKey = new Map(active);
    const keys = new Map(active.map(([key, term]) => [key, term.keys]));
    for (const { words } of koreanSentences(root)) {
      const tokens = words.map((el) => {
        const info = wordInfo(data.payload, el);
        return info ? termTokens(info) : [];
      });
      for (const match of findMyTerms(keys, tokens)) {
        const description = describe(byKey.get(match.key)!);
        for (let i = match.first; i <= match.last; i++) {
          words[i]!.dataset.mt = match.key;
          words[i]!.setAttribute('aria-description', description);
        }
        words[match.last]!.setAttribute('data-mt-end', '');
      }
    }
  }, [terms, data, describe]);
}
