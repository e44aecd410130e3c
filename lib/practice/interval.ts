/** The units an interval is shown in, as Anki shows them: 1m, 10m, 3h, 3d, 1.2mo, 1.5y. */
export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// One decimal for months and years (1.2mo), none below; a trailing .0 is dropped (2mo).
const round = (n: number, decimals: number) => Number(n.toFixed(decimals));

/**
 * An interval in milliseconds as a number and a unit, rounded as Anki rounds it.
 * e.g. formatInterval(60_000) → { value: 1, unit: 'minute' }; formatInterval(3 * 86_400_000) → { value: 3, unit: 'day' }
 */
export function formatInterval(ms: number): { value: number; unit: IntervalUnit } {
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY) return { value: round(ms / HOUR, ms < 10 * HOUR ? 1 : 0), unit: 'hour' };
  const days = ms / DAY;
  if (days < 30) return { value: Math.round(days), unit: 'day' };
  if (days < 365) return { value: round(days / 30, 1), unit: 'month' };
  return { value: round(days / 365, 1), unit: 'year' };
}
