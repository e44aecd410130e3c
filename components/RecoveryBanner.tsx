'use client';

import { useEffect, useMemo, useState } from 'react';
import { backupFileName, backupKeyOf, listBackups, STORE_KEYS } from '@/lib/storage';
import { downloadText } from './practice/download';
import { BACKUPS_EVENT } from './storage/backups-event';
import { useLazyProgress } from './practice/use-lazy-progress';

type Notice = { title: string; body: string; download: string };
type Labels = { progress: Notice; texts: Notice; other: Notice; dismiss: string };
type Kind = keyof Omit<Labels, 'dismiss'>;

/** Data kept aside: where it is (localStorage, in place, or IndexedDB) and the file it downloads as. */
type Kept = { id: string; kind: Kind; fileName: string; where: 'local' | 'db' };

const kindOf = (store: string): Kind => (store === STORE_KEYS.progress ? 'progress' : store === STORE_KEYS.texts ? 'texts' : 'other');
const storeOfBackup = (key: string) => Object.values(STORE_KEYS).find((store) => key.startsWith(`${store}.backup.`)) ?? '';

/**
 * Tells the person, on any page, that stored data could not be read and was kept aside — saying
 * whether it was progress or saved texts — and lets them download that copy, whatever its size:
 * the file is made from where the data is kept, on click. Dismissing hides the notice; the copy
 * stays. The stores arrive after first paint, so none of this costs the page's first load.
 */
export default function RecoveryBanner({ labels }: { labels: Labels }) {
  const state = useLazyProgress();
  const ready = state?.ready ?? false;
  const recovery = state?.recovery ?? null;
  const [hidden, setHidden] = useState(false);
  const [db, setDb] = useState<Kept[]>([]);

  // localStorage backups, and progress kept in place because no copy fitted beside it (read once
  // progress has loaded, never on the server, and again when a recovery happens).
  const local = useMemo(() => (ready ? readLocal(recovery) : []), [ready, recovery]);

  // Backups in IndexedDB (saved texts, and data too large for localStorage), read once progress
  // has loaded (the browser is idle) and again whenever something is kept aside.
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const look = () =>
      void import('./storage/db-backups')
        .then(({ readDbBackups }) => readDbBackups())
        .then((list) => {
          if (!cancelled)
            setDb(
              list.map(({ key, store, inPlace }) => ({
                id: key,
                kind: kindOf(store),
                fileName: backupFileName(inPlace ? backupKeyOf(key, new Date()) : key),
                where: inPlace ? ('local' as const) : ('db' as const),
              })),
            );
        })
        .catch(() => undefined);
    look();
    window.addEventListener(BACKUPS_EVENT, look);
    return () => {
      cancelled = true;
      window.removeEventListener(BACKUPS_EVENT, look);
    };
  }, [ready]);

  const kept = [...local, ...db];
  if (hidden || kept.length === 0) return null;
  const kinds = (['progress', 'texts', 'other'] as const).filter((kind) => kept.some((k) => k.kind === kind));
  const download = async (item: Kept) => {
    if (item.where === 'local') return downloadText(localStorage.getItem(item.id) ?? '', item.fileName);
    const { readDbBackupText } = await import('./storage/db-backups');
    downloadText(await readDbBackupText(item.id), item.fileName);
  };
  return (
    <div role="alert" className="border-b border-amber-600 bg-amber-50 px-4 py-3 text-stone-900 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3">
        <div className="flex-1 space-y-1">
          {kinds.map((kind) => (
            <p key={kind}>
              <strong>{labels[kind].title}.</strong> {labels[kind].body}
            </p>
          ))}
        </div>
        {kept.map((item) => (
          <button
            key={item.id}
            type="button"
            onClick={() => void download(item)}
            className="rounded-md bg-amber-800 px-3 py-1.5 text-white"
          >
            {labels[item.kind].download}
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

function readLocal(recovery: { backupKey: string; inPlace?: true } | null): Kept[] {
  const kept: Kept[] = [];
  try {
    for (const key of listBackups(localStorage))
      kept.push({ id: key, kind: kindOf(storeOfBackup(key)), fileName: backupFileName(key), where: 'local' });
  } catch {
    // No storage: nothing kept.
  }
  if (recovery?.inPlace)
    kept.push({
      id: recovery.backupKey,
      kind: kindOf(recovery.backupKey),
      fileName: backupFileName(backupKeyOf(recovery.backupKey, new Date())),
      where: 'local',
    });
  return kept;
}
