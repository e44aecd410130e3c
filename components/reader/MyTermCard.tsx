// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { deleteMyTerm, putMyTerm, type MyTerm } from '@/lib/practice';
import { own } from '@/lib/own';
import { getProgressState, updateProgress } from '../practice/progress-store';
import { useLazyProgress } from '../practice/use-lazy-progress';
import MyTermForm from './MyTermForm';

type View = 'term' | 'editing' | 'removed';

/**
 * The learner's own term a word is part of, at the top of its popover: their meaning, a way to
 * edit or delete it (with an undo), and a link to the list of all their terms. Its box stays while
 * its content changes, and holds focus meanwhile, so the popover (which closes when focus leaves
 * it) stays open.
 */
export default function MyTermCard({ termKey, locale }: { termKey: string; locale: string }) {
  const t = useTranslations('MyTerms');
  const state = useLazyProgress();
  const [view, setView] = useState<View>('term');
  const [removed, setRemoved] = useState<MyTerm | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'undo' | 'edit' | null>(null);
  useEffect(() => {
    if (focusNext) (focusNext === 'undo' ? undo : edit).current?.focus();
  }, [focusNext, view]);
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
  /** Shows another view; focus waits on the box, then goes to `next` (the form focuses its own field). */
  const show = (next: View, focus: 'undo' | 'edit' | null) => {
    if (box.current?.contains(document.activeElement)) box.current.focus();
    setView(next);
    setFocusNext(focus);
  };
  let content: ReactNode = null;
  if (view === 'removed' && removed && !term) {
    content = (
      <p className="flex flex-wrap items-center gap-2">
        <span role="status">{t('deleted', { label: removed.label })}</span>
        <button
          ref={undo}
          type="button"
          onClick={() => write((p) => putMyTerm(p, termKey, removed)) && show('term', 'edit')}
          className="rounded-md border border-stone-400 px-2 py-0.5"
        >
          {t('undo')}
        </button>
      </p>
    );
  } else if (term && view === 'editing') {
    content = (
      <MyTermForm
        title={t('editTitle')}
        label={term.label}
        meaning={term.meaning}
        onSave={(label, meaning) => {
          const ok = write((p) => putMyTerm(p, termKey, { ...term, label, meaning }));
          if (ok) show('term', 'edit');
          return ok;
        }}
        onCancel={() => show('term', 'edit')}
      />
    );
  } else if (term) {
    content = (
      <section aria-label={t('yourTerm')}>
        <p className="text-xs font-semibold uppercase tracking-wide text-violet-800 dark:text-violet-300">{t('yourTerm')}</p>
        <p lang="ko" className="font-bold">
          {term.label}
        </p>
        <p className="font-medium">{term.meaning}</p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <button ref={edit} type="button" onClick={() => show('editing', null)} className="rounded-md border border-stone-400 px-2 py-0.5">
            {t('edit')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (!write((p) => deleteMyTerm(p, termKey))) return;
              setRemoved(term);
              show('removed', 'undo');
            }}
            className="rounded-md border border-red-800 px-2 py-0.5 text-red-800 dark:border-red-300 dark:text-red-300"
          >
            {t('delete')}
          </button>
          <a href={`/${locale}/practice#my-terms`} className="text-teal-800 underline dark:text-teal-300">
            {t('openList')}
          </a>
        </div>
      </section>
    );
  }
  if (!content) return null;
  return (
    // Focusable by script only: it holds focus while its content is swapped (see show).
    <div ref={box} tabIndex={-1} className="space-y-1 rounded-md border border-violet-700 p-2 outline-none dark:border-violet-400">
      {content}
      {failed && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {t('storageFull')}
        </p>
      )}
    </div>
  );
}
