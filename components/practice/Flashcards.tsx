// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildQueue, checkAnswer, isLemmaWordId, loadScheduler, wordIdOf, type AnswerCheck } from '@/lib/practice';
import { useKoreanVoice } from '../reader/use-korean-voice';
import CardFace from './CardFace';
import { updateProgress, useProgress } from './progress-store';

export type DeckWord = { wordId: string; ko: string; en: string; rr?: string; note?: string; accepted?: string[] };
const GRADES = ['again', 'hard', 'good', 'easy'] as const;

/** A flashcard session: due cards, then new ones; Space flips, 1–4 grade, all reachable by Tab. */
export default function Flashcards({ deck }: { deck: DeckWord[] }) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [canSpeak, speak] = useKoreanVoice();
  const words = useMemo(() => {
    const mine = Object.entries(progress.words)
      .filter(([id, w]) => w.saved && isLemmaWordId(id))
      .map(([wordId, w]): DeckWord => ({ wordId, ko: w.lemma, en: w.myGloss ?? w.gloss ?? '' }));
    return [...mine, ...deck];
  }, [progress.words, deck]);
  const [queue, setQueue] = useState<string[]>(() =>
    buildQueue(
      progress,
      words.map((w) => w.wordId),
    ),
  );
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const scheduler = useRef<Awaited<ReturnType<typeof loadScheduler>> | null>(null);
  useEffect(() => {
    void loadScheduler().then((s) => (scheduler.current = s));
  }, []);
  const id = queue[index];
  const word = id ? words.find((w) => w.wordId === wordIdOf(id)) : undefined;
  const recall = id?.endsWith('#recall') ?? false;

  useEffect(() => {
    if (index > 0) region.current?.focus();
  }, [index]);

  const grade = (g: 1 | 2 | 3 | 4) => {
    if (!id || !flipped) return;
    const record = (fsrs: NonNullable<typeof scheduler.current>) => updateProgress((p) => fsrs.gradeCard(p, id, g));
    // The scheduler is usually loaded by now; if not, the grade is recorded when it is, never dropped.
    if (scheduler.current) record(scheduler.current);
    else void loadScheduler().then(record);
    setIndex((i) => i + 1);
    setFlipped(false);
    setCheck(null);
  };
  // Keys work wherever focus is on the page (a button that vanished leaves it on <body>),
  // except while typing, and Space still presses a focused button or link.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement
      )
        return;
      if (
        event.key === ' ' &&
        !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) &&
        id &&
        !flipped &&
        !recall
      ) {
        event.preventDefault();
        setFlipped(true);
      } else if (/^[1-4]$/.test(event.key) && flipped) {
        event.preventDefault();
        grade(Number(event.key) as 1 | 2 | 3 | 4);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (!id || !word) {
    return (
      <div className="space-y-3">
        <p role="status">{index > 0 ? t('done', { count: index }) : t('nothingDue')}</p>
        {index > 0 && (
          <button
            type="button"
            onClick={() => {
              setQueue(
                buildQueue(
                  progress,
                  words.map((w) => w.wordId),
                ),
              );
              setIndex(0);
            }}
            className="rounded-md bg-teal-800 px-4 py-2 text-white"
          >
            {t('restart')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div
      ref={region}
      // The card takes focus so that Space and 1–4 reach it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="group"
      aria-roledescription="flashcard"
      aria-label={`${t(recall ? 'recall' : 'recognition')}, ${t('cardsLeft', { count: queue.length - index })}`}
      className="rounded-xl border border-stone-300 bg-white p-6 outline-offset-4 focus-visible:outline-3 focus-visible:outline-teal-700 dark:border-stone-700 dark:bg-stone-900"
    >
      <p className="flex justify-between text-sm text-stone-600 dark:text-stone-400">
        <span>{t(recall ? 'recall' : 'recognition')}</span>
        <span role="status">{t('cardsLeft', { count: queue.length - index })}</span>
      </p>
      <CardFace
        key={id}
        word={word}
        recall={recall}
        flipped={flipped}
        check={check}
        canSpeak={canSpeak}
        speak={speak}
        onCheck={(answer) => {
          setCheck(checkAnswer(answer, word.ko, word.accepted));
          setFlipped(true);
          region.current?.focus();
        }}
      />
      {!flipped && !recall && (
        <button
          type="button"
          onClick={() => {
            setFlipped(true);
            region.current?.focus();
          }}
          className="mt-6 rounded-md bg-teal-800 px-4 py-2 font-medium text-white"
        >
          {t('flip')}
        </button>
      )}
      {flipped && (
        <div role="group" aria-label={t('gradeGroup')} className="mt-6 flex flex-wrap gap-2">
          {GRADES.map((g, i) => (
            <button
              key={g}
              type="button"
              onClick={() => grade((i + 1) as 1 | 2 | 3 | 4)}
              aria-keyshortcuts={String(i + 1)}
              className="rounded-md border border-stone-400 px-4 py-2 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              <kbd className="mr-1 text-xs text-stone-600 dark:text-stone-400">{i + 1}</kbd>
              {t(g)}
            </button>
          ))}
        </div>
      )}
      <p className="mt-4 text-xs text-stone-600 dark:text-stone-400">{t('flipHint')}</p>
    </div>
  );
}
