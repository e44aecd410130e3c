// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { AnswerCheck } from '@/lib/practice';
import type { DeckWord } from './Flashcards';

type Props = {
  word: DeckWord;
  recall: boolean;
  flipped: boolean;
  check: AnswerCheck | null;
  canSpeak: boolean;
  speak: (text: string) => void;
  onCheck: (answer: string) => void;
};

const NOTE = { exact: 'correct', case: 'correct', particle: 'correctParticle', spacing: 'correctSpacing', alias: 'correctAlias' } as const;

/** The two sides of a card: Korean → English (recognition) or English → typed Korean (recall). */
export default function CardFace({ word, recall, flipped, check, canSpeak, speak, onCheck }: Props) {
  const t = useTranslations('Practice');
  const [answer, setAnswer] = useState('');
  const inputId = useId();
  const verdict = (c: AnswerCheck) =>
    c.particle
      ? t('wrongParticleForm', { right: c.particle.word + c.particle.right, wrong: c.particle.word + c.particle.given })
      : c.correct && c.note && c.note !== 'allomorph'
        ? t(NOTE[c.note], { form: c.matched ?? '' })
        : t('wrong');
  const korean = (
    <p className="mt-4 flex items-center gap-3">
      <span lang="ko" className="text-3xl font-bold">
        {word.ko}
      </span>
      {word.rr && word.rr !== word.ko && <span className="text-stone-600 dark:text-stone-400">{word.rr}</span>}
      {canSpeak && (
        <button type="button" onClick={() => speak(word.ko)} className="rounded border border-stone-400 px-2 py-1 text-sm">
          🔊 {t('listen')}
        </button>
      )}
    </p>
  );
  const english = (
    <div className="mt-4">
      <p lang="en" className="text-2xl font-semibold">
        {word.en}
      </p>
      {word.note && flipped && <p className="mt-2 text-stone-700 dark:text-stone-300">{word.note}</p>}
    </div>
  );
  if (!recall)
    return (
      <>
        {korean}
        {flipped && english}
      </>
    );
  return (
    <>
      {english}
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
        </div>
      )}
    </>
  );
}
