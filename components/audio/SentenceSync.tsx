'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { formatTime, markSentence, unmarkSentence, type AudioState } from '@/lib/audio/state';

/** The Korean sentences of the page, in reading order (one element per sentence). */
const koreanSentences = () => [...document.querySelectorAll<HTMLElement>('[data-reader] .para [lang="ko"] .s[data-sid]')];

const MARK_CLASS =
  'mx-1 inline-flex size-6 items-center justify-center rounded-full border border-teal-700 align-middle text-xs text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700 dark:border-teal-400 dark:text-teal-300 dark:hover:bg-teal-950';

type Props = {
  marks: NonNullable<AudioState['sentences']>;
  now: () => number;
  change: (change: (state: AudioState) => AudioState) => void;
  playFrom: (time: number) => void;
  buttonClass: string;
};

/**
 * Sentences in time with the audio: while it plays, the learner taps "starts now" as each sentence
 * begins; each marked sentence then carries a small play mark that plays the audio from it.
 */
export default function SentenceSync({ marks, now, change, playFrom, buttonClass }: Props) {
  const t = useTranslations('Audio');
  const [sentences] = useState(koreanSentences);
  const [tapping, setTapping] = useState(false);
  // The next sentence to mark: the one after the last marked on this page.
  const lastMarked = sentences.reduce((last, el, i) => (marks[el.dataset.sid!] !== undefined ? i : last), -1);
  const next = sentences[lastMarked + 1];

  // Each marked sentence ends with a play mark: plain DOM in the server-rendered text, its clicks and
  // keys kept from the sentence's own handlers (popover, reveal), removed with the player.
  const label = (time: number) => t('playSentence', { time: formatTime(time) });
  useEffect(() => {
    const added: HTMLElement[] = [];
    for (const el of sentences) {
      const at = marks[el.dataset.sid!];
      if (at === undefined) continue;
      const mark = document.createElement('button');
      mark.type = 'button';
      mark.className = MARK_CLASS;
      mark.setAttribute('aria-label', label(at));
      mark.dataset.audioMark = '';
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '▶';
      mark.append(icon);
      mark.addEventListener('click', (event) => {
        event.stopPropagation();
        playFrom(at);
      });
      mark.addEventListener('keydown', (event) => event.stopPropagation());
      el.append(mark);
      added.push(mark);
    }
    return () => added.forEach((mark) => mark.remove());
    // Not on every render (the player renders as the audio plays): a focused mark keeps its focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sentences, marks, playFrom]);

  if (sentences.length === 0) return null;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} aria-pressed={tapping} onClick={() => setTapping((on) => !on)}>
          {t('tapAlong')}
        </button>
        {tapping && (
          <>
            <button
              type="button"
              className={buttonClass}
              disabled={!next}
              onClick={() => next && change((s) => markSentence(s, next.dataset.sid!, now()))}
            >
              {next ? t('startsNow', { number: lastMarked + 2, total: sentences.length }) : t('allMarked')}
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={lastMarked < 0}
              onClick={() => lastMarked >= 0 && change((s) => unmarkSentence(s, sentences[lastMarked]!.dataset.sid!))}
            >
              {t('undoMark')}
            </button>
          </>
        )}
      </div>
      {tapping && <p className="text-stone-600 dark:text-stone-400">{t('tapHint')}</p>}
    </>
  );
}
