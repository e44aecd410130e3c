// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AnswerCheck } from '@/lib/practice';
import { frontOf, type DeckWord } from '@/lib/practice/deck';
import ExampleSentence from './ExampleSentence';

type Props = {
  word: DeckWord;
  recall: boolean;
  flipped: boolean;
  check: AnswerCheck | null;
  canSpeak: boolean;
  speak: (text: string) => void;
  onCheck: (answer: string) => void;
  locale: 'ko' | 'en';
};

const NOTE = { exact: 'correct', case: 'correct', particle: 'correctParticle', spacing: 'correctSpacing', alias: 'correctAlias' } as const;

/**
 * The two sides of a card: Korean → English (recognition) or English → typed Korean (recall).
 * The front never shows its answer (see frontOf); the back adds the article's example sentence.
 */
export default function CardFace({ word, recall, flipped, check, canSpeak, speak, onCheck, locale }: Props) {
  const t = useTranslations('Practice');
  const [answer, setAnswer] = useState('');
  const inputId = useId();
  const front = frontOf(word, recall ? 'recall' : 'recognition');
  const verdict = (c: AnswerCheck) =>
    c.particle
      ? t('wrongParticleForm', { right: c.particle.word + c.particle.right, wrong: c.particle.word + c.particle.given })
      : c.correct && c.note && c.note !== 'allomorph'
        ? t(NOTE[c.note], { form: c.matched ?? '' })
        : t('wrong');
  // Romanization that would spell the English (AI 칩 → "AI chip") waits for the back.
  const rr = flipped ? (word.rr !== word.ko ? word.rr : undefined) : front.sub;
  const korean = (
    <p className="mt-4 flex items-center gap-3">
      <span lang="ko" className="text-3xl font-bold">
        {word.ko}
      </span>
      {rr && <span className="text-stone-600 dark:text-stone-400">{rr}</span>}
      {canSpeak && (
        <button type="button" onClick={() => speak(word.ko)} className="rounded border border-stone-400 px-2 py-1 text-sm">
          🔊 {t('listen')}
        </button>
      )}
    </p>
  );
  const back = (
    <>
      {word.note && front.kind !== 'definition' && <p className="mt-2 text-stone-700 dark:text-stone-300">{word.note}</p>}
      {word.example && <ExampleSentence example={word.example} locale={locale} />}
    </>
  );
  if (!recall)
    return (
      <>
        {korean}
        {flipped && (
          <div className="mt-4">
            <p lang="en" className="text-2xl font-semibold">
              {word.en}
            </p>
            {back}
          </div>
        )}
      </>
    );
  return (
    <>
      <div className="mt-4">
        {front.kind === 'definition' && <p className="text-sm text-stone-600 dark:text-stone-400">{t('definitionPrompt')}</p>}
        <p lang={front.lang} className={front.kind === 'definition' ? 'text-lg' : 'text-2xl font-semibold'}>
          {front.text}
        </p>
      </div>
      <form
        className="mt-4 flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!flipped) onCheck(answer);
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t('typeAnswer')}
        </label>
        <input
          id={inputId}
          lang="ko"
          value={answer}
          readOnly={flipped}
          onChange={(event) => setAnswer(event.target.value)}
          placeholder={t('typeAnswer')}
          autoComplete="off"
          className="w-full max-w-xs rounded-md border border-stone-400 bg-white px-3 py-2 dark:bg-stone-950"
        />
        {!flipped && (
          <button type="submit" className="rounded-md bg-teal-800 px-4 py-2 text-white">
            {t('check')}
          </button>
        )}
      </form>
      {flipped && check && (
        <div role="status" className="mt-3">
          <p className={check.correct ? 'font-semibold text-teal-900 dark:text-teal-200' : 'font-semibold text-red-800 dark:text-red-300'}>
            {verdict(check)} {t('expected', { answer: check.expected })}
          </p>
          {korean}
          {front.kind === 'definition' && (
            <p lang="en" className="mt-2 text-stone-700 dark:text-stone-300">
              {word.en}
            </p>
          )}
          {back}
        </div>
      )}
    </>
  );
}
