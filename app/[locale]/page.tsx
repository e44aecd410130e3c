import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import ArticleCard from '@/components/ArticleCard';
import type { Locale } from '@/i18n/routing';
import { getCorpus } from '@/lib/reader';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export default async function LibraryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Library' });
  const corpus = getCorpus();
  const articles = corpus.articles;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('intro')}</p>
      {articles.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-400 p-6 text-stone-700 dark:text-stone-300">{t('empty')}</p>
      ) : (
        <NextIntlClientProvider messages={{ Library: { known: (await getMessages({ locale })).Library.known } }}>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2">
            {articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard
                  article={article}
                  meta={[t('readingTime', { minutes: article.readingMinutes }), t('sentences', { count: article.sentenceCount })]}
                  wordIds={corpus.wordIds.get(article.slug)!}
                />
              </li>
            ))}
          </ul>
        </NextIntlClientProvider>
      )}
    </div>
  );
}
