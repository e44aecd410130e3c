// Rendered inside a client island (see README: server and client components); no boundary of its own.

const W = 600;
const H = 140;

/**
 * One bar per day, as SVG (currentColor, so it reads in both themes; `className` sets the colour),
 * with the first and last day written under it. The charts give their figures as a table beside it.
 */
export default function DayBars({ days, label, className }: { days: { day: string; value: number }[]; label: string; className: string }) {
  const max = Math.max(1, ...days.map((d) => d.value));
  const bar = W / days.length;
  return (
    <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={label} className={`mt-2 w-full ${className}`}>
      <line x1="0" y1={H} x2={W} y2={H} stroke="currentColor" strokeOpacity="0.4" />
      {days.map((d, i) => {
        const h = (d.value / max) * (H - 10);
        return (
          <rect key={d.day} x={i * bar + 2} y={H - h} width={bar - 4} height={h} fill="currentColor" rx="2">
            <title>{`${d.day}: ${d.value}`}</title>
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
  );
}
