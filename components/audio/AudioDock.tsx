'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
import { DB_NAME } from '@/lib/storage/db';
import type { PlayerProps } from './AudioPlayer';

const noSubscription = () => () => {};

/**
 * The reader's "Audio" button: the player (AudioPlayer) is loaded on demand, when it is pressed, or
 * when the browser is idle and finds audio already attached to this text. Nothing of it is in the
 * reader's first load; without JavaScript there is no button (audio needs the browser's storage).
 */
export default function AudioDock({ audioKey }: { audioKey: string }) {
  const t = useTranslations('Audio');
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [Player, setPlayer] = useState<ComponentType<PlayerProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const show = useCallback(() => {
    setOpen(true);
    import('./AudioPlayer').then(
      (module) => setPlayer(() => module.default),
      () => setFailed(true),
    );
  }, []);

  // Once the page is idle: audio attached earlier opens the player, so the reader resumes where they were.
  useEffect(() => {
    let cancelled = false;
    // Only where this browser has the app's database: a first visit loads nothing more.
    const probe = () =>
      void (typeof indexedDB === 'undefined' || !indexedDB.databases ? Promise.resolve([]) : indexedDB.databases())
        .then((databases) => (databases.some((d) => d.name === DB_NAME) ? import('./audio-probe') : null))
        .then((module) => (module ? module.hasStoredAudio(audioKey) : false))
        .then((has) => has && !cancelled && show())
        .catch(() => {}); // nothing attached that can be read: the button is there
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let handle: number | undefined;
    const start = () => (handle = idle(probe));
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', start);
      if (handle !== undefined) cancelIdle(handle);
    };
  }, [audioKey, show]);

  if (!hydrated) return null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        onClick={() => (open ? setOpen(false) : show())}
        className="-my-1 rounded px-2 py-1 text-sm leading-5 text-teal-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700 dark:text-teal-300"
      >
        <span aria-hidden="true">♪ </span>
        {t('open')}
      </button>
      {failed && open && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {t('error_load')}
        </p>
      )}
      {open && Player && (
        <Player
          audioKey={audioKey}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
