import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import EntryDetails from '@/components/glossary/EntryDetails';
import OccurrenceList from '@/components/glossary/OccurrenceList';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { findOccurrences, getCorpus } from '@/lib/reader';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const entry = getCorpus().glossary.byId.get(id);
  return entry ? { title: `${entry.headword} · ${entry.english}` } : {};
}

export default async function EntryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const corpus = getCorpus();
  const entry = corpus.glossary.byId.get(id);
  if (!entry) notFound();
  const t = await getTranslations({ locale, namespace: 'Entry' });
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <Link href="/glossary" className="text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">← {t('backToGlossary')}</Link>
      <EntryDetails entry={entry} locale={locale} related={entry.related.map((rid) => corpus.glossary.byId.get(rid)!)} />
      <section aria-labelledby="occurrences" className="mt-10">
        <h2 id="occurrences" className="text-xl font-bold">{t('occurrences')}</h2>
        <OccurrenceList occurrences={findOccurrences(corpus, entry.id)} locale={locale} empty={t('noOccurrences')} open={t('openInReader')} />
      </section>
    </div>
  );
}
