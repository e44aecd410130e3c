// Rendered inside a client island (ReadingLoop); loaded when the browser is idle after load.
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStatusKeys, type StatusKeyLabels } from './use-status-keys';

// Both need the message formatter, and the dialog is rarely opened: neither is part of the first load.
const ShortcutsDialog = dynamic(() => import('./ShortcutsDialog'), { ssr: false });
const MarkKnownPanel = dynamic(() => import('./MarkKnownPanel'), { ssr: false });

export type ReadingLoopLabels = StatusKeyLabels & { shortcuts: string };
export type Props = { labels: ReadingLoopLabels; paged: boolean };

/**
 * The learner's loop at the end of the page: "mark the rest as known" and the shortcuts button; and,
 * for the whole reader, the status keys with a live region that says what each did.
 */
export default function ReadingLoopBody({ labels, paged }: Props) {
  const [message, setMessage] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const openHelp = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHelpOpen(true);
  }, []);
  const closeHelp = useCallback(() => {
    setHelpOpen(false);
    returnTo.current?.focus({ preventScroll: true });
  }, []);
  useStatusKeys(labels, setMessage, openHelp);
  // This body loads when the browser is idle: fetch the dialog's code now too, so that the first "?"
  // or tap opens it at once rather than after a round trip (on a slow phone, seconds).
  useEffect(() => {
    void import('./ShortcutsDialog');
  }, []);
  // The message stays long enough to read, then goes (an empty live region says nothing).
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), 4000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <>
      <MarkKnownPanel paged={paged} />
      <button
        type="button"
        onClick={openHelp}
        aria-keyshortcuts="?"
        className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-3 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {labels.shortcuts}
        <kbd aria-hidden="true" className="rounded border border-stone-400 px-1.5 font-mono text-xs">
          ?
        </kbd>
      </button>
      <p
        role="status"
        className="pointer-events-none fixed bottom-4 right-4 z-50 max-w-[min(24rem,calc(100vw-2rem))] rounded-lg bg-stone-900 px-3 py-2 text-sm text-white shadow-lg empty:hidden dark:bg-stone-100 dark:text-stone-900"
      >
        {message}
      </p>
      {helpOpen && <ShortcutsDialog onClose={closeHelp} />}
    </>
  );
}
