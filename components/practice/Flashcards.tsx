// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildQueue,
  checkAnswer,
  isLemmaWordId,
  lemmaWordId,
  listMyTerms,
  loadScheduler,
  myTermWordId,
  termCardForms,
  wordIdOf,
  type AnswerCheck,
  type MyTerm,
} from '@/lib/practice';
import { cardDirections, exampleFor, type DeckWord, type ExampleIndex } from '@/lib/practice/deck';
import { formatInterval } from '@/lib/practice/interval';
import { useKoreanVoice } from '../reader/use-korean-voice';
import CardFace from './CardFace';
import { updateProgress, useProgress } from './progress-store';

const GRADES = ['again', 'hard', 'good', 'easy'] as const;

/** A learner's own term as a card: 자리(를) 잡다 asks 자리 잡다 (자리를 잡다 accepted too), with the sentence it was saved from. */
function termCard(key: string, term: MyTerm): DeckWord {
  const { ko, accepted } = termCardForms(term.label);
  const example = term.example && {
    ko: term.example.ko,
    en: term.example.en ?? '',
    slug: '',
    sid: term.example.sid,
    href: term.example.source,
    ...(term.example.mark ? { mark: term.example.mark } : {}),
  };
  return { wordId: myTermWordId(key), ko, en: term.meaning, accepted, ...(example ? { example } : {}) };
}

type Props = { deck: DeckWord[]; examples: ExampleIndex; locale: 'ko' | 'en' };
type Scheduler = Awaited<ReturnType<typeof loadScheduler>>;

/**
 * A flashcard session: due cards, then new ones; Space flips, 1–4 grade, all reachable by Tab.
 * Each grade button shows when the card would come back (FSRS), as Anki does.
 */
export default function Flashcards({ deck, examples, locale }: Props) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [canSpeak, speak] = useKoreanVoice();
  const words = useMemo(() => {
    const mine = Object.entries(progress.words)
      .filter(([id, w]) => w.saved && isLemmaWordId(id))
      .map(([wordId, w]): DeckWord => ({ wordId, ko: w.lemma, en: w.myGloss ?? w.gloss ?? '' }));
    const terms = listMyTerms(progress.myTerms).map(([key, term]) => termCard(key, term));
    const withExample = (w: DeckWord): DeckWord => ({
      ...w,
      example: exampleFor(examples, w.wordId) ?? exampleFor(examples, lemmaWordId(w.ko)),
    });
    // The learner's own words and terms come first, so that they are among the session's new cards.
    return [...mine.map(withExample), ...terms, ...deck.map(withExample)];
  }, [progress.words, progress.myTerms, deck, examples]);
  const queueWords = (list: DeckWord[]) => list.map((w) => ({ wordId: w.wordId, directions: cardDirections(w) }));
  const [queue, setQueue] = useState<string[]>(() => buildQueue(progress, queueWords(words)));
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const [scheduler, setScheduler] = useState<Scheduler | null>(null);
  useEffect(() => {
    void loadScheduler().then(setScheduler);
  }, []);
  const id = queue[index];
  const word = id ? words.find((w) => w.wordId === wordIdOf(id)) : undefined;
  const recall = id?.endsWith('#recall') ?? false;
  // Computed when the card is turned, from the card's own FSRS state.
  const intervals = flipped && scheduler && id ? scheduler.previewIntervals(progress, id) : null;
  const interval = (ms: number) => {
    const { value, unit } = formatInterval(ms);
    return t(`interval_${unit}`, { value });
  };

  useEffect(() => {
    if (index > 0) region.current?.focus();
  }, [index]);

  const grade = (g: 1 | 2 | 3 | 4) => {
    if (!id || !flipped) return;
    const record = (fsrs: Scheduler) => updateProgress((p) => fsrs.gradeCard(p, id, g));
    // The scheduler is usually loaded by now; if not, the grade is recorded when it is, never dropped.
    if (scheduler) record(scheduler);
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
              setQueue(buildQueue(progress, queueWords(words)));
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
        locale={locale}
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
              <kbd className="mr-1 text-xs text-stone-600 dark:text-stone-400">{i + 1}</kbd> {t(g)}
              {intervals && (
                <>
                  {' '}
                  <span className="text-sm text-stone-600 dark:text-stone-400">{interval(intervals[(i + 1) as 1 | 2 | 3 | 4])}</span>
                </>
              )}
            </button>
          ))}
        </div>
      )}
      <p className="mt-4 text-xs text-stone-600 dark:text-stone-400">{t('flipHint')}</p>
    </div>
  );
}
