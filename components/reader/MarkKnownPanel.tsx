// Rendered inside a client island (ReadingLoop); loaded after first paint with the message formatter.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { announceWordsMarkedKnown, markRestKnown, remainingNewWords, undoMarkKnown, type MarkKnownUndo } from '@/lib/practice';
import { loadStore, useLazyProgress } from '../practice/use-lazy-progress';
import { getPageWords, subscribePageWords } from './page-words';

const noWords = () => null;
const BUTTON = 'min-h-11 rounded-md px-4 py-2 text-left';

/**
 * "Mark the N remaining new words as known" for the page being read, with the live count, then an
 * undo that gives each word back the status it had. Words the learner has touched are left alone.
 */
export default function MarkKnownPanel({ paged }: { paged: boolean }) {
  const t = useTranslations('MarkKnown');
  const state = useLazyProgress();
  const words = useSyncExternalStore(subscribePageWords, getPageWords, noWords);
  const [done, setDone] = useState<MarkKnownUndo | null>(null);
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState(false);
  const focusTo = useRef<'undo' | 'mark' | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusTo.current) return;
    panel.current?.querySelector<HTMLElement>(`[data-focus="${focusTo.current}"]`)?.focus();
    focusTo.current = null;
  });
  if (!state?.ready || !words) return null;
  const remaining = remainingNewWords(state.progress, words.values()).length;

  async function change(run: (store: Awaited<ReturnType<typeof loadStore>>) => void) {
    const store = await loadStore();
    run(store);
    const failed = store.getProgressState().error === 'write-failed';
    setFailed(failed);
    return !failed;
  }
  const mark = () =>
    void change((store) => {
      let undo: MarkKnownUndo | null = null;
      store.updateProgress((progress) => {
        const result = markRestKnown(progress, words.values());
        undo = result.undo;
        return result.progress;
      });
      if (store.getProgressState().error || !undo) return;
      const marked: MarkKnownUndo = undo;
      setDone(marked);
      setSaid(t('done', { count: marked.before.length }));
      focusTo.current = 'undo';
      announceWordsMarkedKnown({ wordIds: marked.before.map(([id]) => id), how: 'rest', undone: false, at: marked.at });
    });
  const undo = () =>
    void change((store) => {
      if (!done) return;
      let restored: string[] = [];
      const now = new Date();
      store.updateProgress((progress) => {
        const result = undoMarkKnown(progress, done, now);
        restored = result.restored;
        return result.progress;
      });
      if (store.getProgressState().error) return;
      setDone(null);
      setSaid(t('undone', { count: restored.length }));
      focusTo.current = 'mark';
      announceWordsMarkedKnown({ wordIds: restored, how: 'rest', undone: true, at: now.toISOString() });
    });

  return (
    <section ref={panel} aria-labelledby="mark-known-title" className="min-w-0 flex-1 space-y-2">
      <h2 id="mark-known-title" className="font-semibold">
        {paged ? t('headingPage') : t('headingArticle')}
      </h2>
      <p role="status" className="empty:hidden">
        {said}
      </p>
      {done && (
        <button type="button" data-focus="undo" onClick={undo} className={`${BUTTON} border border-teal-800 dark:border-teal-300`}>
          {t('undo')}
        </button>
      )}
      {remaining > 0 ? (
        <>
          <button type="button" data-focus="mark" onClick={mark} className={`${BUTTON} bg-teal-800 text-white hover:bg-teal-900`}>
            {t('button', { count: remaining })}
          </button>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t('hint')}</p>
        </>
      ) : (
        !done && <p>{paged ? t('nonePage') : t('noneArticle')}</p>
      )}
      {failed && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {t('saveFailed')}
        </p>
      )}
    </section>
  );
}
