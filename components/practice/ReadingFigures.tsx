// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { dayKey, readingOn, readingStreak, type Progress } from '@/lib/practice';

const CARD = 'rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900';

/** Today's reading: words read, new words met, words marked known, and the reading streak. */
export default function ReadingFigures({ progress, now }: { progress: Progress; now: Date }) {
  const t = useTranslations('ReadingStats');
  const today = readingOn(progress, dayKey(now));
  const figures: [string, string][] = [
    [t('wordsToday'), String(today.words)],
    [t('newToday'), String(today.newWords)],
    [t('knownToday'), String(today.known)],
    [t('streak'), t('streakDays', { count: readingStreak(progress, now) })],
  ];
  return (
    <section aria-labelledby="reading-stats-title">
      <h2 id="reading-stats-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className={CARD}>
            <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
            <dd className="mt-1 text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t('howCounted')}</p>
    </section>
  );
}
