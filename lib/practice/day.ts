/** A local calendar day, YYYY-MM-DD: streaks and "today" follow the learner's clock. e.g. dayKey(new Date(2026, 2, 1, 23, 30)) → '2026-03-01' */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `offset` days from `now`'s, by the calendar (a DST day has 23 or 25 hours). */
export const dayFrom = (now: Date, offset: number) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset));
