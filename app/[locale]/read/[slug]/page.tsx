import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import ArticleView from '@/components/reader/ArticleView';
import EnglishText from '@/components/reader/EnglishText';
import KoreanText from '@/components/reader/KoreanText';
import PageNav, { PageStatus } from '@/components/reader/PageNav';
import ReaderControls from '@/components/reader/ReaderControls';
import WordPopover from '@/components/reader/WordPopover';
import { getReaderLabels } from '@/components/reader/reader-labels';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import { FontPreloads } from '@/components/FontPreloads';
import { articlePage, pagesOf, parsePage } from '@/lib/paging';
import { getCorpus } from '@/lib/reader';
import { READER_COOKIE, readReaderPrefs } from '@/lib/reader-prefs';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getCorpus().articles.find((a) => a.slug === slug);
  return article ? { title: locale === 'ko' ? article.title.ko : article.title.en } : {};
}

/** Every Korean string of an article, in reading order: its title, headings, sentences and figures. */
function koreanTextOf(article: Article): string {
  const parts = [article.title.ko];
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') for (const sentence of block.sentences) parts.push(sentence.ko);
    else parts.push(block.segment.ko);
  }
  return parts.join(' ');
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  if (!article) notFound();
  const analyses = corpus.analyses.get(slug)!;
  const search = await searchParams;
  // A long article is read a page at a time (lib/paging); a ?page that is not one of its pages is a 404.
  const pages = pagesOf(article).length;
  const pageNo = parsePage(search.page, pages);
  if (pageNo === null) notFound();
  const shown = articlePage(article, pageNo);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string') query.set(key, value);
  const prefs = readReaderPrefs(query, (await cookies()).get(READER_COOKIE)?.value);
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const labels = await getReaderLabels(locale);
  const messages = await getMessages({ locale });
  const tp = await getTranslations({ locale, namespace: 'Pages' });
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <FontPreloads
        texts={[
          '←',
          JSON.stringify([messages.Layout, messages.LocaleSwitcher, messages.Reader, messages.ViewControls]),
          koreanTextOf(shown),
          locale === 'ko' ? shown.notes.map((note) => note.ko).join(' ') : '',
        ]}
      />
      {/* Back link above, controls below and left-aligned: however the streamed HTML arrives, nothing already painted moves. */}
      <div className="space-y-3">
        <Link href="/" className="inline-block text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">
          ← {t('backToLibrary')}
        </Link>
        <ReaderControls initial={prefs} labels={labels.controls} />
      </div>
      <PageStatus total={pages} text={tp('status', { current: pageNo, total: pages })} />
      <ArticleView
        article={shown}
        prefs={prefs}
        locale={locale}
        labels={{
          ...labels.article,
          figure: (n: number) => t('imageDescription', { number: n }),
          note: (n: number) => t('noteMarker', { number: n }),
          notes: { heading: t('notesHeading'), back: t('noteBack') },
        }}
        render={(segment, lang) =>
          lang === 'ko' ? (
            <KoreanText analysis={analyses.get(segment.id)!} locale={locale} ruby={prefs.rr} />
          ) : (
            <EnglishText segments={corpus.linkedEnglish.get(slug)!.get(segment.id)!} locale={locale} />
          )
        }
      />
      <PageNav
        current={pageNo}
        total={pages}
        base={`/${locale}/read/${slug}`}
        labels={{ label: tp('label'), previous: tp('previous'), next: tp('next'), page: (number) => tp('page', { number }) }}
      />
      <NextIntlClientProvider messages={{ WordPopover: messages.WordPopover }}>
        <WordPopover
          locale={locale}
          dataUrl={`/${locale}/read/${slug}/${pages > 1 ? `pages/${pageNo}/` : ''}words.json`}
          labels={labels.popover}
        />
      </NextIntlClientProvider>
      <p className="mt-12 border-t border-stone-200 pt-4 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        {t('source', { name: '' })}
        <a href={article.meta.source} rel="noopener noreferrer" className="text-teal-800 underline dark:text-teal-300">
          {article.meta.sourceName ?? t('sourceFallback')}
        </a>
      </p>
    </div>
  );
}
