import { Link } from '@/i18n/navigation';
import type { Category, GlossaryEntry } from '@/lib/glossary';
import { matchesQuery } from '@/lib/glossary';

type Group = { category: Category; label: string; items: { entry: GlossaryEntry; key: string }[] };
type Props = { locale: 'ko' | 'en'; groups: Group[]; query: string };

/** Entries grouped by category; each carries its search key so the search island can filter in place. */
export default function GlossaryList({ locale, groups, query }: Props) {
  return (
    <div className="mt-8 space-y-10">
      {groups.map(({ category, label, items }) => (
        <section key={category} data-category={category} aria-labelledby={`cat-${category}`} hidden={!items.some(({ key }) => matchesQuery(key, query))}>
          <h2 id={`cat-${category}`} className="text-xl font-bold">{label}</h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {items.map(({ entry, key }) => (
              <li key={entry.id} data-search-key={key} hidden={!matchesQuery(key, query)} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
                <Link href={`/glossary/${entry.id}`} className="font-semibold text-teal-900 underline-offset-4 hover:underline dark:text-teal-200">
                  <span lang="ko">{entry.headword}</span> · <span lang="en">{entry.english}</span>
                </Link>
                <p className="text-sm text-stone-600 dark:text-stone-400">{entry.romanization}</p>
                <p lang={locale} className="mt-1 line-clamp-2 text-sm">{entry.definition[locale]}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
