// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { explainRole, roleForms, ROLES, type RoleItem } from '@/lib/practice/roles';
import { updateProgress, useProgress } from './progress-store';

/** A noun from the article with its topic, subject or object particle blanked; afterwards, why the writer chose it. */
export default function RoleDrill({ items, locale }: { items: RoleItem[]; locale: 'ko' | 'en' }) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [index, setIndex] = useState(() => progress.drills.filter((d) => d.kind === 'role').length % Math.max(items.length, 1));
  const [chosen, setChosen] = useState<string | null>(null);
  const item = items[index];
  if (!item) return null;
  const forms = roleForms(item.noun);
  const choose = (form: string) => {
    if (chosen) return;
    setChosen(form);
    updateProgress((p) => ({
      ...p,
      drills: [...p.drills, { kind: 'role', item: item.id, correct: form === item.particle, at: new Date().toISOString() }],
    }));
  };
  const right = chosen === item.particle;
  return (
    <section aria-labelledby="role-title" className="space-y-4">
      <h2 id="role-title" className="text-lg font-semibold">
        {t('rolePrompt', { noun: item.noun })}{' '}
        <span className="text-sm font-normal text-stone-600 dark:text-stone-400">{t('itemOf', { n: index + 1, total: items.length })}</span>
      </h2>
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
      <p className="text-stone-700 dark:text-stone-300">{t('clozeHint', { hint: item.hint })}</p>
      <div role="group" aria-label={t('roleChoices')} className="flex flex-wrap gap-2">
        {ROLES.map((role, i) => (
          <button
            key={role}
            type="button"
            disabled={chosen !== null}
            onClick={() => choose(forms[i]!)}
            className="rounded-md border border-stone-400 px-4 py-2 disabled:opacity-60"
          >
            <span lang="ko" className="text-lg">
              {forms[i]}
            </span>{' '}
            ({t(`role_${role}`)})
          </button>
        ))}
      </div>
      {chosen && (
        <div role="status" className="space-y-2">
          <p className={right ? 'font-semibold text-teal-900 dark:text-teal-200' : 'font-semibold text-red-800 dark:text-red-300'}>
            {t(right ? 'roleRight' : 'roleWrong', { noun: item.noun, particle: item.particle, role: t(`role_${item.role}`) })}
          </p>
          <p>{explainRole(item, locale)}</p>
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
              {t('roleNext')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
