// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import DayBars from './DayBars';
import type { DayFigures } from '@/lib/practice';

/**
 * Words read per day as SVG bars (currentColor, so it reads in both themes), as ReviewChart draws
 * reviews, with every figure of each day (words read, new words, marked known) as a table.
 */
export default function ReadingChart({ days }: { days: DayFigures[] }) {
  const t = useTranslations('ReadingStats');
  const most = Math.max(0, ...days.map((d) => d.words));
  const summary = t('chartSummary', { total: days.reduce((sum, d) => sum + d.words, 0), max: most });
  return (
    <figure>
      <figcaption className="font-semibold">{t('chartTitle')}</figcaption>
      <p className="text-sm text-stone-600 dark:text-stone-400">{summary}</p>
      <DayBars
        days={days.map((d) => ({ day: d.day, value: d.words }))}
        label={`${t('chartTitle')}: ${summary}`}
        className="text-sky-800 dark:text-sky-300"
      />
      <table className="sr-only">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('day')}</th>
            <th scope="col">{t('wordsRead')}</th>
            <th scope="col">{t('newWords')}</th>
            <th scope="col">{t('markedKnown')}</th>
          </tr>
        </thead>
        <tbody>
          {days
            .filter((d) => d.words > 0 || d.known > 0)
            .map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.words}</td>
                <td>{d.newWords}</td>
                <td>{d.known}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
