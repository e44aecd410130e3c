// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';

/** Reviews per day as SVG bars (currentColor, so it reads in both themes), with the numbers as a table. */
export default function ReviewChart({ days }: { days: { day: string; count: number }[] }) {
  const t = useTranslations('Practice');
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const W = 600;
  const H = 140;
  const bar = W / days.length;
  return (
    <figure>
      <figcaption className="font-semibold">{t('chartTitle')}</figcaption>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t('chartSummary', { total, max: Math.max(0, ...days.map((d) => d.count)) })}
      </p>
      <svg
        viewBox={`0 0 ${W} ${H + 20}`}
        role="img"
        aria-label={`${t('chartTitle')}: ${t('chartSummary', { total, max: Math.max(0, ...days.map((d) => d.count)) })}`}
        className="mt-2 w-full text-teal-700 dark:text-teal-400"
      >
        <line x1="0" y1={H} x2={W} y2={H} stroke="currentColor" strokeOpacity="0.4" />
        {days.map((d, i) => {
          const h = (d.count / max) * (H - 10);
          return (
            <rect key={d.day} x={i * bar + 2} y={H - h} width={bar - 4} height={h} fill="currentColor" rx="2">
              <title>{`${d.day}: ${d.count}`}</title>
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
