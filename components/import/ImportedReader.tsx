'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { articlePage, idsOf, pagesOf, parsePage } from '@/lib/paging';
import { sanitiseTitle, type SavedText } from '@/lib/textimport';
import type { Article } from '@/lib/content';
import { READER_COOKIE, readReaderPrefs } from '@/lib/reader-prefs';
import type { getReaderLabels } from '../reader/reader-labels';
import ArticleView, { type RenderText } from '../reader/ArticleView';
import EnglishText from '../reader/EnglishText';
import KoreanText from '../reader/KoreanText';
import PageNav, { PageStatus } from '../reader/PageNav';
import ReaderControls from '../reader/ReaderControls';
import ReadingLoop from '../reader/ReadingLoop';
import WordPopover from '../reader/WordPopover';
import ReadingEnd from '../reader/ReadingEnd';
import SentenceTools from './SentenceTools';
import TranslationDialog from './TranslationDialog';
import { changeText, openText, useTexts } from './texts-store';
import { pageWordIds } from './page-words';
import AudioDock from '../audio/AudioDock';
import { audioKeyOf } from '@/lib/audio/state';

const NO_FIGURES_OR_NOTES = { figure: () => '', note: () => '', notes: { heading: '', back: '' } };

type Props = { id: string; locale: 'ko' | 'en'; labels: Awaited<ReturnType<typeof getReaderLabels>> };

/** An imported text in the article reader's own components, from its stored analysis. */
export default function ImportedReader({ id, locale, labels }: Props) {
  const t = useTranslations('Import');
  const tp = useTranslations('Pages');
  const ts = useTranslations('ReadingStats');
  const [editing, setEditing] = useState<string | null>(null);
  const { texts } = useTexts();
  const [opened, setOpened] = useState<{ id: string; text: SavedText | null; keptAside: boolean } | null>(null);
  // Read (again) when the id changes or another tab changed the list (a rename, a delete).
  useEffect(() => {
    let cancelled = false;
    void openText(id).then((result) => !cancelled && setOpened({ id, ...result }));
    return () => {
      cancelled = true;
    };
  }, [id, texts]);
  if (!opened || opened.id !== id) return <p role="status">…</p>;
  const saved = opened.text;
  if (!saved || saved.deletedAt) {
    return (
      <div className="py-16">
        <p role="alert">{opened.keptAside ? t('unreadable') : t('notFound')}</p>
        <a href={`/${locale}/import`} className="mt-4 inline-block text-teal-800 underline dark:text-teal-300">
          {t('back')}
        </a>
      </div>
    );
  }
  const { text } = saved;
  const sentences = new Map(text.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s]));
  const numbers = new Map([...sentences.keys()].map((sid, i) => [sid, i + 1]));
  const own = (sid: string) => (saved.translations && Object.hasOwn(saved.translations, sid) ? saved.translations[sid]!.text : null);
  const words = new Map(Object.entries(text.payload.words));
  const article: Article = {
    slug: id,
    title: { id: 'title', ko: sanitiseTitle(saved.title), en: '' },
    meta: { source: `/${locale}/import` },
    blocks: text.paragraphs.map((p) => ({
      kind: 'paragraph',
      id: p.id,
      sentences: p.sentences.map((s) => ({ id: s.id, ko: s.ko, en: s.en ?? '' })),
    })),
    notes: [],
    sentenceCount: sentences.size,
    readingMinutes: 1,
  };
  const cookie = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${READER_COOKIE}=`))
    ?.split('=')[1];
  const search = new URLSearchParams(location.search);
  const prefs = readReaderPrefs(search, cookie);
  // A long text is read a page at a time, as an article is (lib/paging); its popover gets that page's words.
  const pages = pagesOf(article).length;
  const pageNo = parsePage(search.get('page'), pages);
  if (pageNo === null) {
    return (
      <div className="py-16">
        <p role="alert">{tp('missing', { total: pages })}</p>
        <a href={`/${locale}/import/${id}`} className="mt-4 inline-block text-teal-800 underline dark:text-teal-300">
          {tp('first')}
        </a>
      </div>
    );
  }
  const shown = articlePage(article, pageNo);
  const onPage = new Set(idsOf(shown.blocks));
  const pageWords = pageWordIds(text, onPage);
  const editedSentence = editing && sentences.get(editing);
  const render: RenderText = (segment, lang) => {
    const s = sentences.get(segment.id);
    if (!s) return lang === 'ko' ? segment.ko : segment.en;
    if (lang === 'en' && !text.hasEnglish)
      return <SentenceTools ko={s.ko} number={numbers.get(s.id)!} translation={own(s.id)} onEdit={() => setEditing(s.id)} />;
    if (lang === 'en') return s.english ? <EnglishText segments={s.english} locale={locale} /> : null;
    const eojeols = s.korean.eojeols.map(({ start, end }, index) => ({
      index,
      start,
      end,
      wordClass: words.get(`${s.id}:${index}`)?.wordClass,
    }));
    return <KoreanText analysis={{ text: s.ko, eojeols, terms: s.korean.terms }} locale={locale} ruby={prefs.rr} />;
  };
  // A Korean-only text: in the Korean-only view there is no English column, and the notice says where the tools are.
  const notice = !text.hasEnglish ? (
    <>
      <span data-unless-view="ko">{t('koreanOnly')}</span>
      <span data-if-view="ko">{t('koreanOnlyKoView')}</span>
    </>
  ) : text.notice === 'paragraph-counts-differ' ? (
    t('noticeParagraphs')
  ) : text.notice === 'sentence-counts-differ' ? (
    t('noticeSentences')
  ) : null;
  return (
    <>
      {/* Back link above, controls below and left-aligned: however the streamed HTML arrives, nothing already painted moves. */}
      <div className="space-y-3">
        <a href={`/${locale}/import`} className="text-sm text-teal-800 underline-offset-4 hover:underline dark:text-teal-300">
          ← {t('back')}
        </a>
        <span className="float-right mb-0">
          <AudioDock audioKey={audioKeyOf('text', id)} />
        </span>
        <ReaderControls initial={prefs} labels={labels.controls} persist={text.hasEnglish} page={pageNo} />
      </div>
      {notice && (
        <p role="note" className="mt-4 rounded-md border border-sky-700 bg-sky-50 p-3 text-stone-900 dark:bg-sky-950 dark:text-sky-50">
          {notice}
        </p>
      )}
      {/* An imported text has neither figures nor translator's notes: their labels are never shown. */}
      <PageStatus total={pages} text={tp('status', { current: pageNo, total: pages })} />
      <ArticleView article={shown} prefs={prefs} labels={{ ...labels.article, ...NO_FIGURES_OR_NOTES }} render={render} locale={locale} />
      <ReadingEnd
        textId={`i:${id}/${pageNo}`}
        words={pageWords.words}
        wordIds={pageWords.ids}
        labels={{ counted: ts('counted', { words: pageWords.words }), failed: ts('countFailed') }}
      />
      <ReadingLoop labels={labels.readingLoop} paged={pages > 1} />
      <PageNav
        current={pageNo}
        total={pages}
        base={`/${locale}/import/${id}`}
        labels={{ label: tp('label'), previous: tp('previous'), next: tp('next'), page: (number) => tp('page', { number }) }}
      />
      <WordPopover
        locale={locale}
        payload={{
          words: Object.fromEntries([...words].filter(([key]) => onPage.has(key.slice(0, key.lastIndexOf(':'))))),
          terms: text.payload.terms[locale],
          grammar: text.payload.grammar[locale],
          patterns: text.payload.patterns[locale],
        }}
        labels={labels.popover}
      />
      <TranslationDialog
        sentence={
          editedSentence
            ? { id: editedSentence.id, ko: editedSentence.ko, number: numbers.get(editedSentence.id)!, translation: own(editedSentence.id) }
            : null
        }
        onSave={(sentenceId, value) => changeText(id, { translation: { sentenceId, text: value } })}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
