// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteMyTerm, putMyTerm, type MyTerm } from '@/lib/practice';
import { own } from '@/lib/own';
import { getProgressState, updateProgress } from '../practice/progress-store';
import { useLazyProgress } from '../practice/use-lazy-progress';
import MyTermForm from './MyTermForm';

/**
 * The learner's own term a word is part of, at the top of its popover: their meaning, a way to
 * edit or delete it (with an undo), and a link to the list of all their terms.
 */
export default function MyTermCard({ termKey, locale }: { termKey: string; locale: string }) {
  const t = useTranslations('MyTerms');
  const state = useLazyProgress();
  const [editing, setEditing] = useState(false);
  const [removed, setRemoved] = useState<MyTerm | null>(null);
  const [failed, setFailed] = useState(false);
  if (!state?.ready) return null;
  const stored = state.progress.myTerms ? own(state.progress.myTerms, termKey) : undefined;
  const term = stored && !stored.deleted ? stored : null;
  /** Writes a change; false (and a message) when storage refused it: what was stored before stays. */
  const write = (change: Parameters<typeof updateProgress>[0]) => {
    updateProgress(change);
    const ok = getProgressState().error === null;
    setFailed(!ok);
    return ok;
  };
  if (removed && !term) {
    return (
      <div className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 rounded-md border border-violet-700 p-2 dark:border-violet-400">
          <span role="status">{t('deleted', { label: removed.label })}</span>
          <button
            type="button"
            onClick={() => write((p) => putMyTerm(p, termKey, removed))}
            className="rounded-md border border-stone-400 px-2 py-0.5"
          >
            {t('undo')}
          </button>
        </p>
        {failed && (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {t('storageFull')}
          </p>
        )}
      </div>
    );
  }
  if (!term) return null;
  if (editing)
    return (
      <div className="rounded-md border border-violet-700 p-2 dark:border-violet-400">
        <MyTermForm
          title={t('editTitle')}
          label={term.label}
          meaning={term.meaning}
          onSave={(label, meaning) => {
            const ok = write((p) => putMyTerm(p, termKey, { ...term, label, meaning }));
            if (ok) setEditing(false);
            return ok;
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  return (
    <section aria-label={t('yourTerm')} className="rounded-md border border-violet-700 p-2 dark:border-violet-400">
      <p className="text-xs font-semibold uppercase tracking-wide text-violet-800 dark:text-violet-300">{t('yourTerm')}</p>
      <p lang="ko" className="font-bold">
        {term.label}
      </p>
      <p className="font-medium">{term.meaning}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => setEditing(true)} className="rounded-md border border-stone-400 px-2 py-0.5">
          {t('edit')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (write((p) => deleteMyTerm(p, termKey))) setRemoved(term);
          }}
          className="rounded-md border border-red-800 px-2 py-0.5 text-red-800 dark:border-red-300 dark:text-red-300"
        >
          {t('delete')}
        </button>
        <a href={`/${locale}/practice#my-terms`} className="text-teal-800 underline dark:text-teal-300">
          {t('openList')}
        </a>
      </div>
      {failed && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {t('storageFull')}
        </p>
      )}
    </section>
  );
}
