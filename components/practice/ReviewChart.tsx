// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import DayBars from './DayBars';

/** Reviews per day as SVG bars (currentColor, so it reads in both themes), with the numbers as a table. */
export default function ReviewChart({ days }: { days: { day: string; count: number }[] }) {
  const t = useTranslations('Practice');
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <figure>
      <figcaption className="font-semibold">{t('chartTitle')}</figcaption>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t('chartSummary', { total, max: Math.max(0, ...days.map((d) => d.count)) })}
      </p>
      <DayBars
        days={days.map((d) => ({ day: d.day, value: d.count }))}
        label={`${t('chartTitle')}: ${t('chartSummary', { total, max: Math.max(0, ...days.map((d) => d.count)) })}`}
        className="text-teal-700 dark:text-teal-400"
      />
      <table className="sr-only">
        <thead>
          <tr>
            <th>{t('day')}</th>
            <th>{t('reviews')}</th>
          </tr>
        </thead>
        <tbody>
          {days
            .filter((d) => d.count > 0)
            .map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{d.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
