import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { GlossaryEntry } from '@/lib/glossary';

type Props = { entry: GlossaryEntry; locale: 'ko' | 'en'; related: GlossaryEntry[] };

/** A glossary entry in full; every field renders as text. */
export default async function EntryDetails({ entry, locale, related }: Props) {
  const t = await getTranslations({ locale, namespace: 'Entry' });
  const category = await getTranslations({ locale, namespace: 'Category' });
  const other = locale === 'ko' ? 'en' : 'ko';
  const rows: [string, string][] = [
    [t('romanization'), entry.romanization],
    [t('english'), entry.english],
    ...(entry.aliases.length ? [[t('aliases'), entry.aliases.join(', ')] as [string, string]] : []),
    ...(entry.englishAliases.length ? [[t('englishAliases'), entry.englishAliases.join(', ')] as [string, string]] : []),
    [t('category'), category(entry.category)],
  ];
  return (
    <article className="mt-4">
      <h1 className="text-3xl font-bold"><span lang="ko">{entry.headword}</span></h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-stone-600 dark:text-stone-400">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-lg font-bold">{t('definition')}</h2>
      <p lang={locale} className="mt-1">{entry.definition[locale]}</p>
      <p lang={other} className="mt-2 text-stone-700 dark:text-stone-300">{entry.definition[other]}</p>
      {entry.note && (
        <aside className="mt-6 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950">
          <h2 className="font-bold">{t('note')}</h2>
          <p lang={locale} className="mt-1">{entry.note[locale]}</p>
        </aside>
      )}
      {related.length > 0 && (
        <>
          <h2 className="mt-6 text-lg font-bold">{t('related')}</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={`/glossary/${r.id}`} className="inline-block rounded-full border border-teal-700 px-3 py-1 text-sm text-teal-900 hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950">
                  <span lang="ko">{r.headword}</span> · {r.english}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
