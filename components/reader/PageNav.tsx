export type PageNavLabels = { label: string; previous: string; next: string; page: (n: number) => string };
type Props = { current: number; total: number; base: string; labels: PageNavLabels };

/** The page numbers shown: all of a short list, else the first, the last and two either side of the current page. */
function shown(current: number, total: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (total <= 9 || n === 1 || n === total || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

const LINK = 'flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 hover:bg-stone-200 dark:hover:bg-stone-800';

/**
 * The pages of a long text as real links (`?page=N`; page 1 is the bare address): they work
 * without JavaScript and from the keyboard. The current page is marked for assistive technology.
 */
export default function PageNav({ current, total, base, labels }: Props) {
  if (total < 2) return null;
  const href = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <nav aria-label={labels.label} className="mt-10 border-t border-stone-200 pt-4 dark:border-stone-800">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {current > 1 && (
          <li>
            <a href={href(current - 1)} rel="prev" className={`${LINK} text-teal-800 dark:text-teal-300`}>
              ← {labels.previous}
            </a>
          </li>
        )}
        {shown(current, total).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true" className="px-2">
                …
              </span>
            ) : (
              <a
                href={href(n)}
                aria-label={labels.page(n)}
                aria-current={n === current ? 'page' : undefined}
                className={`${LINK} aria-[current=page]:bg-teal-800 aria-[current=page]:text-white`}
              >
                {n}
              </a>
            )}
          </li>
        ))}
        {current < total && (
          <li>
            <a href={href(current + 1)} rel="next" className={`${LINK} text-teal-800 dark:text-teal-300`}>
              {labels.next} →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Above a long text: which page this is ("Page 3 of 6"); the links are below it. */
export function PageStatus({ total, text }: { total: number; text: string }) {
  if (total < 2) return null;
  return <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">{text}</p>;
}
