// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { dayKey, emptyProgress, importProgress, myWordsAnki, myWordsCsv, type ImportReport } from '@/lib/practice';
import { exampleFor, type ExampleIndex } from '@/lib/practice/deck';
import { downloadText } from './download';
import { getProgressState, replaceProgress, updateProgress, useProgress } from './progress-store';

/** Export, import (merged, with a report of what was rejected) and reset (confirmed, export offered). */
export default function DataPanel({ examples }: { examples: ExampleIndex }) {
  const t = useTranslations('Practice');
  const { progress } = useProgress();
  const [report, setReport] = useState<(ImportReport & { notSaved?: boolean }) | null>(null);
  const [resetDone, setResetDone] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  // Each saved word goes out with the articles' sentence it is shown in, and that sentence's translation.
  const sentenceOf = (wordId: string) => exampleFor(examples, wordId);
  const exportAll = () => downloadText(JSON.stringify(progress, null, 2), `hanyeong-progress-${dayKey(new Date())}.json`);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(progress, await file.text());
    if (!result.fileError) updateProgress(() => result.progress);
    // Only what reached storage counts as imported: a failed write is said as such.
    setReport({ ...result, notSaved: !result.fileError && getProgressState().error !== null });
  };
  return (
    <section aria-labelledby="data-title" className="space-y-3 border-t border-stone-300 pt-6 dark:border-stone-700">
      <h2 id="data-title" className="text-lg font-semibold">
        {t('data')}
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={exportAll} className="rounded-md bg-teal-800 px-4 py-2 text-white">
          {t('export')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(myWordsCsv(progress, sentenceOf), `hanyeong-my-words-${dayKey(new Date())}.csv`, 'text/csv;charset=utf-8')
          }
          className="rounded-md border border-teal-800 px-4 py-2 dark:border-teal-300"
        >
          {t('exportMyWordsCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(myWordsAnki(progress, sentenceOf), `hanyeong-my-words-anki-${dayKey(new Date())}.txt`, 'text/plain;charset=utf-8')
          }
          className="rounded-md border border-teal-800 px-4 py-2 dark:border-teal-300"
        >
          {t('exportMyWordsAnki')}
        </button>
        <label className="rounded-md border border-stone-400 px-4 py-2 focus-within:outline-3 focus-within:outline-teal-700">
          {t('import')}
          <input
            type="file"
            accept="application/json,.json"
            aria-label={t('importPick')}
            className="sr-only"
            onChange={(event) => {
              void onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setResetDone(false);
            dialog.current?.showModal();
          }}
          className="rounded-md border border-red-800 px-4 py-2 text-red-800 dark:border-red-300 dark:text-red-300"
        >
          {t('reset')}
        </button>
      </div>
      {report && (
        <div role="status" className="rounded-lg border border-stone-300 p-3 dark:border-stone-700">
          {report.fileError ? (
            <p>{t('importFailed', { reason: t(`reason_${report.fileError}` as 'reason_invalid') })}</p>
          ) : report.notSaved ? (
            <p>{t('importNotSaved', { accepted: report.accepted })}</p>
          ) : (
            <p>{t('importDone', { accepted: report.accepted })}</p>
          )}
          {report.rejected.length > 0 && (
            <>
              <p>{t('importRejected', { count: report.rejected.length })}</p>
              <ul className="list-disc pl-6 text-sm">
                {report.rejected.map((r) => (
                  <li key={r.entry}>
                    <code>{r.entry}</code>: {r.reserved ? t('rejectedReserved') : r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {resetDone && <p role="status">{t('resetDone')}</p>}
      <dialog
        ref={dialog}
        aria-labelledby="reset-title"
        className="m-auto max-w-md rounded-xl p-6 backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
      >
        <h3 id="reset-title" className="text-lg font-bold">
          {t('resetTitle')}
        </h3>
        <p className="mt-2">{t('resetBody')}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" onClick={exportAll} className="rounded-md bg-teal-800 px-3 py-2 text-white">
            {t('export')}
          </button>
          <button
            type="button"
            onClick={() => {
              replaceProgress(emptyProgress());
              dialog.current?.close();
              setResetDone(true);
            }}
            className="rounded-md bg-red-800 px-3 py-2 text-white"
          >
            {t('resetConfirm')}
          </button>
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-stone-400 px-3 py-2">
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
