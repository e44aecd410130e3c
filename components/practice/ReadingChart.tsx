// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import type { DayFigures } from '@/lib/practice';

/**
 * Words read per day as SVG bars (currentColor, so it reads in both themes), as ReviewChart draws
 * reviews, with every figure of each day (words read, new words, marked known) as a table.
 */
export default function ReadingChart({ days }: { days: DayFigures[] }) {
  const t = useTranslations('ReadingStats');
  const most = Math.max(0, ...days.map((d) => d.words));
  const max = Math.max(1, most);
  const summary = t('chartSummary', { total: days.reduce((sum, d) => sum + d.words, 0), max: most });
  const W = 600;
  const H = 140;
  const bar = W / days.length;
  return (
    <figure>
      <figcaption className="font-semibold">{t('chartTitle')}</figcaption>
      <p className="text-sm text-stone-600 dark:text-stone-400">{summary}</p>
      <svg
        viewBox={`0 0 ${W} ${H + 20}`}
        role="img"
        aria-label={`${t('chartTitle')}: ${summary}`}
        className="mt-2 w-full text-sky-800 dark:text-sky-300"
      >
        <line x1="0" y1={H} x2={W} y2={H} stroke="currentColor" strokeOpacity="0.4" />
        {days.map((d, i) => {
          const h = (d.words / max) * (H - 10);
          return (
            <rect key={d.day} x={i * bar + 2} y={H - h} width={bar - 4} height={h} fill="currentColor" rx="2">
              <title>{`${d.day}: ${d.words}`}</title>
            </rect>
          );
        })}
        <text x="0" y={H + 16} fontSize="11" fill="currentColor">
          {days[0]?.day}
        </text>
        <text x={W} y={H + 16} fontSize="11" fill="currentColor" textAnchor="end">
          {days.at(-1)?.day}
        </text>
      </svg>
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
