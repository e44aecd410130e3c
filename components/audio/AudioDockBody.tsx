'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { dbExists } from '@/lib/storage/db-name';
import type { PlayerProps } from './AudioPlayer';

/**
 * The reader's "Audio" button (loaded when the browser is idle, see AudioDock): the player
 * (AudioPlayer) is loaded on demand, when it is pressed, or at once when audio is already attached
 * to this text, so that the reader resumes where they were.
 */
export default function AudioDockBody({ audioKey }: { audioKey: string }) {
  const t = useTranslations('Audio');
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

  // Audio attached earlier opens the player. Only where this browser has the app's database: a first visit loads nothing more.
  useEffect(() => {
    let cancelled = false;
    void dbExists(false)
      .then((exists) => (exists ? import('./audio-probe') : null))
      .then((module) => (module ? module.hasStoredAudio(audioKey) : false))
      .then((has) => has && !cancelled && show())
      .catch(() => {}); // nothing attached that can be read: the button is there
    return () => {
      cancelled = true;
    };
  }, [audioKey, show]);

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
