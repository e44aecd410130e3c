// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { dueToday, readingPerDay, retention, reviewedToday, reviewsPerDay, statusCounts, streak } from '@/lib/practice';
import type { ExampleIndex } from '@/lib/practice/deck';
import DataPanel from './DataPanel';
import MyTermsList from './MyTermsList';
import ReadingChart from './ReadingChart';
import ReadingFigures from './ReadingFigures';
import ReviewChart from './ReviewChart';
import { useProgress } from './progress-store';

/**
 * Due today, reviewed today, retention, streak, word statuses, today's reading, and 30 days of
 * reviews beside 30 days of reading. The word
 * statuses count the library's words (`libraryWords`), as the library's cards do, so both agree.
 */
export default function ProgressPanel({
  libraryWords,
  examples,
  locale,
}: {
  libraryWords: string[];
  examples: ExampleIndex;
  locale: 'ko' | 'en';
}) {
  const t = useTranslations('Practice');
  const m = useTranslations('MarkKnown');
  const { progress } = useProgress();
  const now = new Date();
  const kept = retention(progress, now);
  const counts = statusCounts(progress, libraryWords);
  const figures: [string, string][] = [
    [t('dueToday'), String(dueToday(progress, now))],
    [t('reviewedToday'), String(reviewedToday(progress, now))],
    [t('retention'), kept === null ? t('noRetention') : `${Math.round(kept * 100)}%`],
    [t('streak'), t('streakDays', { count: streak(progress, now) })],
  ];
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
            <dd className="mt-1 text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t('words', counts)}
        {counts.ignored > 0 && ` ${m('ignoredCount', { count: counts.ignored })}`}
      </p>
      <ReadingFigures progress={progress} now={now} />
      <div className="grid gap-8 md:grid-cols-2">
        <ReviewChart days={reviewsPerDay(progress, now)} />
        <ReadingChart days={readingPerDay(progress, now)} />
      </div>
      <MyTermsList locale={locale} />
      <DataPanel examples={examples} />
    </div>
  );
}
