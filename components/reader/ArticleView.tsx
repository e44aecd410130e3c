import { Fragment, type CSSProperties, type ReactNode } from 'react';
import type { Article, Segment } from '@/lib/content';
import type { ReaderPrefs } from '@/lib/reader-prefs';
import FigureBlock from './FigureBlock';
import SegmentPair from './SegmentPair';

type Labels = { ko: string; en: string; figure: (n: number) => string };
/** Renders one segment's text in one language (analysed Korean, linked English). */
export type RenderText = (segment: Segment, lang: 'ko' | 'en') => ReactNode;
type Props = { article: Article; prefs: ReaderPrefs; labels: Labels; render: RenderText };

/**
 * The whole article, server-rendered: one grid row per block, Korean cell then English cell,
 * so paragraph tops line up. The view modes are pure CSS over this one DOM (see globals.css).
 */
export default function ArticleView({ article, prefs, labels, render }: Props) {
  const figureNumber = new Map(article.blocks.filter((block) => block.kind === 'figure').map((block, i) => [block, i + 1]));
  return (
    <article
      data-reader
      data-view={prefs.view}
      data-hide={prefs.hide ? '' : undefined}
      data-rr={prefs.rr ? '' : undefined}
      data-st={prefs.st ? '' : undefined}
      aria-labelledby="article-title"
      className="reader mt-6"
    >
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
      {article.blocks.map((block) => {
        if (block.kind === 'heading') {
          return (
            <h2 key={block.segment.id} className="row mt-10 text-xl font-bold leading-snug">
              <SegmentPair segment={block.segment} render={render} />
            </h2>
          );
        }
        if (block.kind === 'figure') {
          return (
            <FigureBlock key={block.segment.id} segment={block.segment} label={labels.figure(figureNumber.get(block)!)} render={render} />
          );
        }
        return (
          <div key={block.id} className="row para mt-5" data-pid={block.id}>
            {(['ko', 'en'] as const).map((lang) => (
              <p key={lang} lang={lang} className="col">
                {block.sentences.map((sentence, i) => (
                  <Fragment key={sentence.id}>
                    <span
                      id={lang === 'ko' ? sentence.id : undefined}
                      className="s"
                      data-sid={sentence.id}
                      // Focusable on purpose: arrows walk its words, Enter reveals a hidden translation.
                      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
                      tabIndex={0}
                      style={{ '--o': i * 2 + (lang === 'en' ? 1 : 0) } as CSSProperties}
                    >
                      {/* The inner span is what "hide translation" hides, while the sentence keeps its box. */}
                      <span className="t">{render(sentence, lang)}</span>
                    </span>{' '}
                  </Fragment>
                ))}
              </p>
            ))}
          </div>
        );
      })}
    </article>
  );
}
