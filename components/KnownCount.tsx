'use client';

import dynamic from 'next/dynamic';
import { statusCounts } from '@/lib/practice';
import { useLazyProgress } from './practice/use-lazy-progress';

// The count appears only once this browser's progress has been read, so its text (and the
// message formatter it needs) can load then, not with the page.
const KnownCountText = dynamic(() => import('./KnownCountText'), { ssr: false });

/** "23 of 140 words known", from this browser's progress; nothing until storage has been read. */
export default function KnownCount({ wordIds }: { wordIds: string[] }) {
  const state = useLazyProgress();
  if (!state?.ready) return null;
  const { known, total } = statusCounts(state.progress, wordIds);
  return <KnownCountText known={known} total={total} />;
}
