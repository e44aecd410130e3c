import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import ArticleView from '@/components/reader/ArticleView';
import EnglishText from '@/components/reader/EnglishText';
import KoreanText from '@/components/reader/KoreanText';
import ReaderControls from '@/components/reader/ReaderControls';
import WordPopover from '@/components/reader/WordPopover';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { WORD_CLASSES, type WordClass } from '@/lib/korean';
import { linkEnglish } from '@/lib/glossary';
import { getCorpus } from '@/lib/reader';
import { READER_COOKIE, readReaderPrefs, TOGGLES, VIEWS } from '@/lib/reader-prefs';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getCorpus().articles.find((a) => a.slug === slug);
  return article ? { title: locale === 'ko' ? article.title.ko : article.title.en } : {};
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  if (!article) notFound();
  const analyses = corpus.analyses.get(slug)!;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === 'string') query.set(key, value);
  const prefs = readReaderPrefs(query, (await cookies()).get(READER_COOKIE)?.value);
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const v = await getTranslations({ locale, namespace: 'ViewControls' });
  const labels = Object.fromEntries([...VIEWS, ...TOGGLES].map((key) => [key, v(key)])) as Record<(typeof VIEWS)[number] | (typeof TOGGLES)[number], string>;
  const p = await getTranslations({ locale, namespace: 'WordPopover' });
  const c = await getTranslations({ locale, namespace: 'WordClass' });
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">
          ← {t('backToLibrary')}
        </Link>
        <ReaderControls initial={prefs} labels={{ ...labels, group: v('label'), hint: v('hideHint'), reveal: v('reveal') }} />
      </div>
      <ArticleView
        article={article}
        prefs={prefs}
        labels={{ ko: t('koreanColumn'), en: t('englishColumn'), figure: (n: number) => t('figure', { number: n }) }}
        render={(segment, lang) =>
          lang === 'ko' ? <KoreanText analysis={analyses.get(segment.id)!} locale={locale} /> : <EnglishText segments={linkEnglish(segment.en, corpus.english)} locale={locale} />
        }
      />
      <WordPopover
        locale={locale}
        dataUrl={`/${locale}/read/${slug}/words.json`}
        labels={{
          dialog: p('dialog'), definition: p('definition'), breakdown: p('breakdown'), lemma: p('lemma'), listen: p('listen'),
          openGlossary: p('openGlossary'), close: p('close'), keyboardHint: p('keyboardHint'),
          addWord: p('addWord'), removeWord: p('removeWord'), status: p('status'), saveFailed: p('saveFailed'),
          statuses: { new: p('new'), learning: p('learning'), known: p('known') }, loading: p('loading'), error: p('error'), noGloss: p('noGloss'),
          classes: Object.fromEntries(WORD_CLASSES.map((k) => [k, c(k)])) as Record<WordClass, string>,
        }}
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
