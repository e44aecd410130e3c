// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { explainParticle, pairOf } from '@/lib/practice';
import type { ParticleItem } from '@/lib/reader';
import { updateProgress, useProgress } from './progress-store';

/** A noun from the article with its particle slot empty (or a number or Latin word on its own); afterwards, the rule for it. */
export default function ParticleDrill({ items, locale }: { items: ParticleItem[]; locale: 'ko' | 'en' }) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [index, setIndex] = useState(() => progress.drills.filter((d) => d.kind === 'particle').length % Math.max(items.length, 1));
  const [chosen, setChosen] = useState<string | null>(null);
  const item = items[index];
  const pair = item && pairOf(item.particle);
  if (!item || !pair) return null;
  const choose = (form: string) => {
    if (chosen) return;
    setChosen(form);
    updateProgress((p) => ({
      ...p,
      drills: [...p.drills, { kind: 'particle', item: item.id, correct: form === item.particle, at: new Date().toISOString() }],
    }));
  };
  return (
    <section aria-labelledby="particle-title" className="space-y-4">
      <h2 id="particle-title" className="text-lg font-semibold">
        {t('particlePrompt', { noun: item.noun })}{' '}
        <span className="text-sm font-normal text-stone-600 dark:text-stone-400">{t('itemOf', { n: index + 1, total: items.length })}</span>
      </h2>
      {item.standalone && <p className="text-stone-700 dark:text-stone-300">{t('particleReadAloud')}</p>}
      <p lang="ko" className="text-xl leading-relaxed">
        {item.before}
        <strong>{item.noun}</strong>
        {chosen ? (
          <mark className="rounded bg-amber-100 px-0.5 text-stone-900">{item.particle}</mark>
        ) : (
          <span aria-label={t('blank')} className="mx-0.5 inline-block min-w-8 border-b-2 border-stone-700 dark:border-stone-300">
            &nbsp;
          </span>
        )}
        {item.after}
      </p>
      {!item.standalone && <p className="text-stone-700 dark:text-stone-300">{t('clozeHint', { hint: item.hint })}</p>}
      <div role="group" aria-label={pair.forms.join('/')} className="flex gap-2">
        {pair.forms.map((form) => (
          <button
            key={form}
            type="button"
            lang="ko"
            disabled={chosen !== null}
            onClick={() => choose(form)}
            className="min-w-16 rounded-md border border-stone-400 px-4 py-2 text-lg disabled:opacity-60"
          >
            {form}
          </button>
        ))}
      </div>
      {chosen && (
        <div role="status" className="space-y-2">
          <p
            className={
              chosen === item.particle ? 'font-semibold text-teal-900 dark:text-teal-200' : 'font-semibold text-red-800 dark:text-red-300'
            }
          >
            {t(chosen === item.particle ? 'particleRight' : 'particleWrong', { noun: item.noun, particle: item.particle })}
          </p>
          <p>{explainParticle(item.noun, pair, locale)}</p>
          <a href={`/${locale}${item.href}#${item.sid}`} className="text-teal-800 underline dark:text-teal-300">
            {t('openSentence')}
          </a>
          <div>
            <button
              type="button"
              autoFocus
              onClick={() => {
                setIndex((i) => (i + 1) % items.length);
                setChosen(null);
              }}
              className="rounded-md bg-teal-800 px-4 py-2 text-white"
            >
              {t('particleNext')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
