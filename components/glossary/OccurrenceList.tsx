import type { Occurrence } from '@/lib/reader';

type Props = { occurrences: Occurrence[]; locale: string; empty: string; open: string };

/** Each sentence in which a term occurs, in both languages, linking back to it in the reader. */
export default function OccurrenceList({ occurrences, locale, empty, open }: Props) {
  if (occurrences.length === 0) return <p className="mt-2 text-stone-600 dark:text-stone-400">{empty}</p>;
  return (
    <ul className="mt-3 space-y-4">
      {occurrences.map((o) => (
        <li key={`${o.slug}#${o.segmentId}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <p lang="ko">{o.ko}</p>
          <p lang="en" className="mt-1 text-stone-700 dark:text-stone-300">{o.en}</p>
          <a href={`/${locale}/read/${o.slug}${o.page > 1 ? `?page=${o.page}` : ''}#${o.segmentId}`} className="mt-2 inline-block text-sm text-teal-800 underline dark:text-teal-300">
            {open} <span className="sr-only">({o.segmentId})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
