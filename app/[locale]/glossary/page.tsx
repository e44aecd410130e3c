import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import GlossaryList from '@/components/glossary/GlossaryList';
import GlossarySearch from '@/components/glossary/GlossarySearch';
import type { Locale } from '@/i18n/routing';
import { CATEGORIES, matchesQuery } from '@/lib/glossary';
import { getCorpus } from '@/lib/reader';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Glossary' }))('title') };
}

export default async function GlossaryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const categories = await getTranslations({ locale, namespace: 'Category' });
  const q = (await searchParams).q;
  const query = typeof q === 'string' ? q.slice(0, 100) : '';
  const corpus = getCorpus();
  const entries = corpus.glossary.entries.map((entry) => ({ entry, key: corpus.searchKeys.get(entry.id)! }));
  const shown = entries.filter(({ key }) => matchesQuery(key, query)).length;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('intro')}</p>
      {/* The search island formats its live count itself, so it gets this one namespace. */}
      <NextIntlClientProvider messages={{ Glossary: (await getMessages({ locale })).Glossary }}>
        <GlossarySearch initialQuery={query} initialShown={shown} total={entries.length} />
      </NextIntlClientProvider>
      <p className="mt-4 flex flex-wrap gap-3 text-sm">
        <span className="font-semibold">{t('downloads')}:</span>
        <a href="/glossary.csv" download className="text-teal-800 underline dark:text-teal-300">{t('csv')}</a>
        <a href="/glossary.tsv" download className="text-teal-800 underline dark:text-teal-300">{t('tsv')}</a>
      </p>
      <GlossaryList
        locale={locale}
        groups={CATEGORIES.map((category) => ({ category, label: categories(category), items: entries.filter(({ entry }) => entry.category === category) }))}
        query={query}
      />
    </div>
  );
}
