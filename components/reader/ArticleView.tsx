import { Fragment, type ReactNode } from 'react';
import type { Article, Block, Note, Segment } from '@/lib/content';
import type { ReaderPrefs } from '@/lib/reader-prefs';
import FigureBlock from './FigureBlock';
import { READER_BOOT_SCRIPT } from './reader-boot';
import SegmentPair from './SegmentPair';
import Sentence from './Sentence';
import TranslatorNotes, { type NoteLabels } from './TranslatorNotes';

type Labels = { ko: string; en: string; figure: (n: number) => string; note: (n: number) => string; notes: NoteLabels };
/** Renders one segment's text in one language (analysed Korean, linked English). */
export type RenderText = (segment: Segment, lang: 'ko' | 'en') => ReactNode;
/** `locale` is the UI language: translator's notes are shown in it. */
/** `boot`: the static page's script that applies saved settings before the first paint (reader-boot.ts). */
type Props = { article: Article; prefs: ReaderPrefs; labels: Labels; render: RenderText; locale: 'ko' | 'en'; boot?: boolean };

/** The id of the marker after the first blocks, which the first paint waits for (see FIRST_SCREEN_BLOCKS). */
export const FIRST_SCREEN_END = 'reader-first-screen';

/**
 * The blocks (title apart) parsed before the reader's first paint: more than fill a 4K desktop
 * side by side or a phone interleaved. Painted while a sentence was still arriving, its last words
 * moved as the rest came in (CLS up to 0.01 in a third of loads at 4x CPU); later blocks arrive
 * below the screen, where a move is no shift. Waiting for the whole article delayed the first paint.
 */
const FIRST_SCREEN_BLOCKS = 8;

/**
 * The whole article, server-rendered: one grid row per block, Korean cell then English cell,
 * so paragraph tops line up. The view modes are pure CSS over this one DOM (see globals.css).
 * A sentence with a translator's note carries its marker in both columns; the notes follow the text.
 */
export default function ArticleView({ article, prefs, labels, render, locale, boot = false }: Props) {
  const figureNumber = new Map(article.blocks.filter((block) => block.kind === 'figure').map((block, i) => [block, i + 1]));
  const notesOf = new Map<string, Note[]>();
  for (const note of article.notes) for (const sid of note.sentenceIds) notesOf.set(sid, [...(notesOf.get(sid) ?? []), note]);
  const paragraphOf = new Map(
    article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences.map((s): [string, string] => [s.id, block.id]) : [])),
  );
  const renderBlock = (block: Block) => {
    if (block.kind === 'heading') {
      return (
        <h2 key={block.segment.id} className="row mt-10 text-xl font-bold leading-snug">
          <SegmentPair segment={block.segment} render={render} />
        </h2>
      );
    }
    if (block.kind === 'figure') {
      return <FigureBlock key={block.segment.id} segment={block.segment} label={labels.figure(figureNumber.get(block)!)} />;
    }
    return (
      <div key={block.id} id={block.id} className="row para mt-5 scroll-mt-24" data-pid={block.id}>
        {(['ko', 'en'] as const).map((lang) => (
          <p key={lang} lang={lang} className="col">
            {block.sentences.map((sentence, i) => (
              <Fragment key={sentence.id}>
                <Sentence
                  sentence={sentence}
                  lang={lang}
                  order={i * 2 + (lang === 'en' ? 1 : 0)}
                  render={render}
                  notes={notesOf.get(sentence.id)}
                  noteLabel={labels.note}
                  locale={locale}
                />{' '}
              </Fragment>
            ))}
          </p>
        ))}
      </div>
    );
  };
  return (
    <article
      data-reader
      data-view={prefs.view}
      data-hide={prefs.hide ? '' : undefined}
      data-rr={prefs.rr ? '' : undefined}
      data-st={prefs.st ? '' : undefined}
      aria-labelledby="article-title"
      className="reader mt-6"
      // The boot script may have set the reader's own settings on it before React hydrates.
      suppressHydrationWarning={boot}
    >
      {boot ? <script dangerouslySetInnerHTML={{ __html: READER_BOOT_SCRIPT }} /> : null}
      <div className="row labels" aria-hidden="true">
        <span lang="ko" className="cell">
          {labels.ko}
        </span>
        <span lang="en" className="cell">
          {labels.en}
        </span>
      </div>
      <h1 id="article-title" className="row text-2xl font-bold leading-snug sm:text-3xl">
        <SegmentPair segment={article.title} render={render} />
      </h1>
      {article.blocks.slice(0, FIRST_SCREEN_BLOCKS).map(renderBlock)}
      {/* The first paint waits for this (ReaderPage's <link rel="expect">): see FIRST_SCREEN_BLOCKS. */}
      <span id={FIRST_SCREEN_END} hidden />
      {article.blocks.slice(FIRST_SCREEN_BLOCKS).map(renderBlock)}
      <TranslatorNotes notes={article.notes} lang={locale} labels={labels.notes} paragraphOf={paragraphOf} />
    </article>
  );
}
