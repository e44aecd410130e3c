'use client';

import { useMemo, useState } from 'react';
import { backupFileName, listBackups } from '@/lib/storage';
import { downloadText } from './practice/download';
import { useLazyProgress } from './practice/use-lazy-progress';

type Labels = { title: string; body: string; download: string; dismiss: string };

/**
 * Tells the person, on any page, that stored progress could not be read and was kept aside,
 * and lets them download that copy. Dismissing hides the notice; the copy stays in storage.
 */
export default function RecoveryBanner({ labels }: { labels: Labels }) {
  const state = useLazyProgress();
  const ready = state?.ready ?? false;
  const recovery = state?.recovery ?? null;
  const [hidden, setHidden] = useState(false);
  // Read once the store is loaded (never on the server), and again when a recovery happens.
  const backups = useMemo(() => (ready ? readBackups(recovery) : []), [ready, recovery]);
  if (hidden || backups.length === 0) return null;
  return (
    <div role="alert" className="border-b border-amber-600 bg-amber-50 px-4 py-3 text-stone-900 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3">
        <p className="flex-1">
          <strong>{labels.title}.</strong> {labels.body}
        </p>
        {backups.map((key) => (
          <button
            key={key}
            type="button"
            onClick={() => downloadText(localStorage.getItem(key) ?? '', backupFileName(key))}
            className="rounded-md bg-amber-800 px-3 py-1.5 text-white"
          >
            {labels.download}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            setHidden(true);
            state?.dismiss();
          }}
          className="rounded-md border border-amber-800 px-3 py-1.5 dark:border-amber-200"
        >
          {labels.dismiss}
        </button>
      </div>
    </div>
  );
}

/** The backup keys in localStorage; `recovery` is only a cue that they may have changed. */
function readBackups(recovery: unknown): string[] {
  void recovery;
  try {
    return listBackups(localStorage);
  } catch {
    return [];
  }
}
