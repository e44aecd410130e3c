// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { STATUSES, updateWord, wordStatus, type Status } from '@/lib/practice';
import { useLazyProgress } from '../practice/use-lazy-progress';

type Labels = { addWord: string; removeWord: string; status: string; saveFailed: string; statuses: Record<Status, string> };
type Props = { wordId: string; lemma: string; gloss: string | null; termId: string | null; labels: Labels };

/** Save a word to My words (or remove it) and set its status by hand. */
export default function WordActions({ wordId, lemma, gloss, termId, labels }: Props) {
  const state = useLazyProgress();
  if (!state?.ready) return null;
  const { progress, error, update } = state;
  const saved = progress.words[wordId]?.saved ?? false;
  const status = wordStatus(progress, wordId);
  const change = (c: { saved?: boolean; status?: Status }) =>
    update((p) => updateWord(p, wordId, lemma, { ...c, ...(gloss ? { gloss } : {}), ...(termId ? { termId } : {}) }));
  return (
    <div className="space-y-2 border-t border-stone-200 pt-3 dark:border-stone-700">
      <button
        type="button"
        aria-pressed={saved}
        onClick={() => change({ saved: !saved })}
        className="rounded-md border border-teal-700 px-2 py-1 aria-pressed:bg-teal-800 aria-pressed:text-white"
      >
        {saved ? `★ ${labels.removeWord}` : `☆ ${labels.addWord}`}
      </button>
      <div role="radiogroup" aria-label={labels.status} className="flex flex-wrap items-center gap-1">
        <span aria-hidden="true" className="mr-1 text-xs text-stone-600 dark:text-stone-400">
          {labels.status}
        </span>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={status === s}
            onClick={() => change({ status: s })}
            className="rounded-full border border-stone-400 px-2 py-0.5 text-xs aria-checked:border-teal-800 aria-checked:bg-teal-800 aria-checked:text-white"
          >
            {labels.statuses[s]}
          </button>
        ))}
      </div>
      {error === 'write-failed' && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {labels.saveFailed}
        </p>
      )}
    </div>
  );
}
