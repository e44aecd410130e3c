'use client';

import { useEffect, useRef, useState } from 'react';
import { dayKey } from '@/lib/practice/day';
import { useLazyProgress } from '../practice/use-lazy-progress';

/** `counted`: said once the page is counted; `failed`: said when it could not be saved. */
export type ReadingEndLabels = { counted: string; failed: string };
type Props = { textId: string; words: number; wordIds: readonly string[]; labels: ReadingEndLabels };

/**
 * The end of a page or text: once it scrolls into view, the page counts in today's reading (its
 * words, and its words still new), once per local day (lib/practice/reading-stats). Nothing
 * without JavaScript: there is no browser storage to count in then.
 */
export default function ReadingEnd({ textId, words, wordIds, labels }: Props) {
  const state = useLazyProgress();
  const end = useRef<HTMLParagraphElement>(null);
  const [reached, setReached] = useState(false);
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    const element = end.current;
    if (!element || !('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      setReached(true);
      observer.disconnect();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [textId]);
  const ready = state?.ready ?? false;
  const update = state?.update;
  useEffect(() => {
    if (!reached || recorded.current === textId || !ready || !update) return;
    recorded.current = textId;
    // The counting code (statuses, stats) loads when the end is reached: the reader's first load does not carry it.
    void Promise.all([import('@/lib/practice/reading-stats'), import('@/lib/practice/stats')]).then(
      ([{ recordTextRead }, { statusCounts }]) =>
        update((p) => recordTextRead(p, { textId, words, newWords: statusCounts(p, wordIds).new })),
      () => {
        recorded.current = null;
      },
    );
  }, [reached, ready, update, textId, words, wordIds]);
  const today = state?.progress.reading?.[dayKey(new Date())]?.texts;
  const counted = reached && today !== undefined && Object.hasOwn(today, textId);
  return (
    <p ref={end} role="status" className="mt-10 min-h-6 text-sm text-stone-600 dark:text-stone-400">
      {!reached || !state?.ready ? '' : state.error === 'write-failed' ? labels.failed : counted ? labels.counted : ''}
    </p>
  );
}
