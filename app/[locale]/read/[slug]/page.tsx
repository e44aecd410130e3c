import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import ArticleView from '@/components/reader/ArticleView';
import ReaderControls from '@/components/reader/ReaderControls';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { findArticle } from '@/lib/content';
import { READER_COOKIE, readReaderPrefs, VIEWS } from '@/lib/reader-prefs';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = findArticle(slug);
  return article ? { title: locale === 'ko' ? article.title.ko : article.title.en } : {};
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = findArticle(slug);
  if (!article) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === 'string') query.set(key, value);
  const prefs = readReaderPrefs(query, (await cookies()).get(READER_COOKIE)?.value);
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const v = await getTranslations({ locale, namespace: 'ViewControls' });
  const labels = Object.fromEntries(VIEWS.map((view) => [view, v(view)])) as Record<(typeof VIEWS)[number], string>;
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">
          ← {t('backToLibrary')}
        </Link>
        <ReaderControls
          initialView={prefs.view}
          initialHide={prefs.hide}
          labels={{ ...labels, group: v('label'), hide: v('hideTranslation'), hint: v('hideHint'), reveal: v('reveal') }}
        />
      </div>
      <ArticleView
        article={article}
        view={prefs.view}
        hide={prefs.hide}
        labels={{ ko: t('koreanColumn'), en: t('englishColumn'), figure: (n: number) => t('figure', { number: n }) }}
      />
      <p className="mt-12 border-t border-stone-200 pt-4 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        {t('source', { name: '' })}
        <a href={article.meta.source} rel="noopener noreferrer" className="text-teal-800 underline dark:text-teal-300">
          {article.meta.sourceName ?? t('sourceFallback')}
        </a>
      </p>
    </div>
  );
}
