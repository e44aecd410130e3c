import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import AudioDock from '@/components/audio/AudioDock';
import { audioKeyOf } from '@/lib/audio/state';
import ArticleView, { FIRST_SCREEN_END } from './ArticleView';
import EnglishText from './EnglishText';
import KoreanText from './KoreanText';
import PageNav, { PageStatus } from './PageNav';
import ReaderControls from './ReaderControls';
import ReadingLoop from './ReadingLoop';
import ReadingEnd from './ReadingEnd';
import WordPopover from './WordPopover';
import { getReaderLabels } from './reader-labels';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content';
import { FontPreloads } from '@/components/FontPreloads';
import { articlePage, pagesOf } from '@/lib/paging';
import { getCorpus, listArticleWordIds, segmentsOf } from '@/lib/reader';
import type { ReaderPrefs } from '@/lib/reader-prefs';

/** The reader's page title: the article's title in the UI language. */
export function readerMetadata(locale: Locale, slug: string): Metadata {
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

type Props = { locale: Locale; slug: string; prefs: ReaderPrefs; boot: boolean; page: number };

/**
 * One article in the reader. `prefs` are the settings it is rendered with; `boot`: the page is the
 * build's static one, rendered with the default settings, and carries the script that applies the
 * reader's saved settings before the first paint (see reader-boot.ts).
 */
export default async function ReaderPage({ locale, slug, prefs, boot, page }: Props) {
  setRequestLocale(locale);
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  if (!article) notFound();
  const analyses = corpus.analyses.get(slug)!;
  // A long article is read a page at a time (lib/paging).
  const pages = pagesOf(article).length;
  if (page < 1 || page > pages) notFound();
  const shown = articlePage(article, page);
  const tp = await getTranslations({ locale, namespace: 'Pages' });
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const labels = await getReaderLabels(locale);
  const messages = await getMessages({ locale });
  const ts = await getTranslations({ locale, namespace: 'ReadingStats' });
  const shownAnalyses = segmentsOf(shown).flatMap((segment) => analyses.get(segment.id) ?? []);
  const wordsOnPage = shownAnalyses.reduce((sum, analysis) => sum + analysis.eojeols.length, 0);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <FontPreloads
        texts={[
          '←',
          JSON.stringify([messages.Layout, messages.LocaleSwitcher, messages.Reader, messages.ViewControls]),
          // What the islands loaded at idle draw without being asked: the loop's panel, the shortcuts and audio
          // buttons, and the reading-end count (a short page's end is in view at once).
          JSON.stringify([messages.MarkKnown, messages.Shortcuts.button, messages.Audio.open]),
          ts('counted', { words: wordsOnPage }),
          koreanTextOf(shown),
          locale === 'ko' ? shown.notes.map((note) => note.ko).join(' ') : '',
        ]}
      />
      {/* The first paint waits until the first screen of the article is parsed (ArticleView's FIRST_SCREEN_BLOCKS);
          hoisted to the head by React. A browser without rel=expect paints as before. */}
      <link rel="expect" href={`#${FIRST_SCREEN_END}`} {...{ blocking: 'render' }} />
      {/* Back link above, controls below and left-aligned: however the streamed HTML arrives, nothing already painted moves. */}
      <div className="space-y-3">
        <Link href="/" className="inline-block text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">
          ← {t('backToLibrary')}
        </Link>
        {/* The audio player loads on demand (components/audio): only its button is in the first load. Floated
            on the back link's line, no taller than it: nothing moves when it appears. */}
        <span className="float-right mb-0">
          <NextIntlClientProvider messages={{ Audio: messages.Audio }}>
            <AudioDock audioKey={audioKeyOf('article', slug)} />
          </NextIntlClientProvider>
        </span>
        <ReaderControls initial={prefs} labels={labels.controls} page={page} />
      </div>
      <PageStatus total={pages} text={tp('status', { current: page, total: pages })} />
      <ArticleView
        article={shown}
        prefs={prefs}
        boot={boot}
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
      <ReadingEnd
        textId={`a:${slug}/${page}`}
        words={wordsOnPage}
        wordIds={listArticleWordIds(shownAnalyses)}
        labels={{ counted: ts('counted', { words: wordsOnPage }), failed: ts('countFailed') }}
      />
      <NextIntlClientProvider messages={{ Shortcuts: messages.Shortcuts, MarkKnown: messages.MarkKnown }}>
        <ReadingLoop labels={labels.readingLoop} paged={pages > 1} />
      </NextIntlClientProvider>
      <PageNav
        current={page}
        total={pages}
        base={`/${locale}/read/${slug}`}
        labels={{ label: tp('label'), previous: tp('previous'), next: tp('next'), page: (number) => tp('page', { number }) }}
      />
      <NextIntlClientProvider messages={{ WordPopover: messages.WordPopover, MyTerms: messages.MyTerms }}>
        <WordPopover
          locale={locale}
          dataUrl={`/${locale}/read/${slug}/${pages > 1 ? `pages/${page}/` : ''}words.json`}
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
