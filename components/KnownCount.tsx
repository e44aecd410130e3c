'use client';

import { useTranslations } from 'next-intl';
import { wordStatus } from '@/lib/practice';
import { useLazyProgress } from './practice/use-lazy-progress';

/** "23 of 140 words known", from this browser's progress; nothing until storage has been read. */
export default function KnownCount({ wordIds }: { wordIds: string[] }) {
  const t = useTranslations('Library');
  const state = useLazyProgress();
  if (!state?.ready) return null;
  const { progress } = state;
  const known = wordIds.filter((id) => wordStatus(progress, id) === 'known').length;
  return <span>{t('known', { known, total: wordIds.length })}</span>;
}
