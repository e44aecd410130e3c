'use client';

import { wordStatus } from '@/lib/practice';
import { useProgress } from './practice/progress-store';

/** "23 of 140 words known", from this browser's progress; nothing until storage has been read. */
export default function KnownCount({ wordIds, template }: { wordIds: string[]; template: string }) {
  const { progress, ready } = useProgress();
  if (!ready) return null;
  const known = wordIds.filter((id) => wordStatus(progress, id) === 'known').length;
  return <span>{template.replace('{known}', String(known)).replace('{total}', String(wordIds.length))}</span>;
}
