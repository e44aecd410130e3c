'use client';

import { wordStatus } from '@/lib/practice';
import { useLazyProgress } from './practice/use-lazy-progress';

/** "23 of 140 words known", from this browser's progress; nothing until storage has been read. */
export default function KnownCount({ wordIds, template }: { wordIds: string[]; template: string }) {
  const state = useLazyProgress();
  if (!state?.ready) return null;
  const { progress } = state;
  const known = wordIds.filter((id) => wordStatus(progress, id) === 'known').length;
  return <span>{template.replace('{known}', String(known)).replace('{total}', String(wordIds.length))}</span>;
}
