// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { deleteMyTerm, listMyTerms } from '@/lib/practice';
import { updateProgress, useProgress } from './progress-store';

/** The learner's own multi-word terms, with their meanings and the sentence each was saved from. */
export default function MyTermsList({ locale }: { locale: 'ko' | 'en' }) {
  const t = useTranslations('MyTerms');
  const { progress } = useProgress();
  const terms = listMyTerms(progress.myTerms);
  return (
    <section id="my-terms" aria-labelledby="my-terms-title" className="scroll-mt-24 space-y-3">
      <h2 id="my-terms-title" className="text-lg font-semibold">
        {t('listTitle')}
      </h2>
      {terms.length === 0 ? (
        <p className="text-stone-700 dark:text-stone-300">{t('listEmpty')}</p>
      ) : (
        <ul className="space-y-3">
          {terms.map(([key, term]) => (
            <li key={key} className="rounded-lg border border-violet-700 p-3 dark:border-violet-400">
              <p>
                <span lang="ko" className="font-bold">
                  {term.label}
                </span>{' '}
                — {term.meaning}
              </p>
              {term.example && (
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                  <span lang="ko">{term.example.ko}</span>
                  {term.example.en && (
                    <>
                      {' '}
                      <span lang="en">({term.example.en})</span>
                    </>
                  )}{' '}
                  <a href={`/${locale}${term.example.source}#${term.example.sid}`} className="text-teal-800 underline dark:text-teal-300">
                    {t('exampleLink')}
                  </a>
                </p>
              )}
              <button
                type="button"
                onClick={() => updateProgress((p) => deleteMyTerm(p, key))}
                aria-label={`${t('delete')}: ${term.label}`}
                className="mt-2 rounded-md border border-red-800 px-2 py-0.5 text-sm text-red-800 dark:border-red-300 dark:text-red-300"
              >
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
