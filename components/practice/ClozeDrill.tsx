// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { checkAnswer } from '@/lib/practice';
import type { ClozeItem } from '@/lib/reader';
import { updateProgress, useProgress } from './progress-store';

/** A sentence from the article with one word blanked: type it or pick one of four. */
export default function ClozeDrill({ items, locale }: { items: ClozeItem[]; locale: string }) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [index, setIndex] = useState(() => progress.drills.filter((d) => d.kind === 'cloze').length % Math.max(items.length, 1));
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<boolean | null>(null);
  const [wrongForm, setWrongForm] = useState<{ right: string; wrong: string } | null>(null);
  const inputId = useId();
  const item = items[index];
  if (!item) return null;
  const answer = (given: string) => {
    if (result !== null || !given.trim()) return;
    const check = checkAnswer(given, item.answer, item.accepted);
    const correct = check.correct;
    setResult(correct);
    const p = check.particle;
    setWrongForm(p ? { right: p.word + p.right, wrong: p.word + p.given } : null);
    updateProgress((p) => ({ ...p, drills: [...p.drills, { kind: 'cloze', item: item.id, correct, at: new Date().toISOString() }] }));
  };
  const next = () => {
    setIndex((i) => (i + 1) % items.length);
    setTyped('');
    setResult(null);
    setWrongForm(null);
  };
  return (
    <section aria-labelledby="cloze-title" className="space-y-4">
      <h2 id="cloze-title" className="text-lg font-semibold">
        {t('clozePrompt')}{' '}
        <span className="text-sm font-normal text-stone-600 dark:text-stone-400">{t('itemOf', { n: index + 1, total: items.length })}</span>
      </h2>
      <p lang="ko" className="text-xl leading-relaxed">
        {item.before}
        {result === null ? (
          <span aria-label={t('blank')} className="mx-1 inline-block min-w-16 border-b-2 border-stone-700 dark:border-stone-300">
            &nbsp;
          </span>
        ) : (
          <mark className="rounded bg-amber-100 px-1 text-stone-900">{item.answer}</mark>
        )}
        {item.after}
      </p>
      <p className="text-stone-700 dark:text-stone-300">{t('clozeHint', { hint: item.hint })}</p>
      <form
        className="flex flex-wrap gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          answer(typed);
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t('clozeType')}
        </label>
        <input
          id={inputId}
          lang="ko"
          value={typed}
          readOnly={result !== null}
          onChange={(event) => setTyped(event.target.value)}
          placeholder={t('clozeType')}
          autoComplete="off"
          className="rounded-md border border-stone-400 bg-white px-3 py-2 dark:bg-stone-950"
        />
        <button type="submit" disabled={result !== null} className="rounded-md bg-teal-800 px-4 py-2 text-white disabled:opacity-50">
          {t('check')}
        </button>
      </form>
      <div role="group" aria-label={t('clozeOptions')} className="flex flex-wrap gap-2">
        {item.options.map((option) => (
          <button
            key={option}
            type="button"
            lang="ko"
            disabled={result !== null}
            onClick={() => answer(option)}
            className="rounded-md border border-stone-400 px-3 py-1.5 disabled:opacity-60"
          >
            {option}
          </button>
        ))}
      </div>
      {result !== null && (
        <div role="status" className="space-y-2">
          <p className={result ? 'font-semibold text-teal-900 dark:text-teal-200' : 'font-semibold text-red-800 dark:text-red-300'}>
            {t(result ? 'clozeResultRight' : 'clozeResultWrong', { answer: item.answer })}
          </p>
          {wrongForm && <p>{t('wrongParticleForm', wrongForm)}</p>}
          <a href={`/${locale}${item.href}#${item.sid}`} className="text-teal-800 underline dark:text-teal-300">
            {t('openSentence')}
          </a>
          <div>
            <button type="button" onClick={next} autoFocus className="rounded-md bg-teal-800 px-4 py-2 text-white">
              {t('clozeNext')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
