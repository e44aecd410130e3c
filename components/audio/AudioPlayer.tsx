'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { createPortal } from 'react-dom';
import { AUDIO_ACCEPT, AUDIO_LIMIT_BYTES, checkAudioFile, checkAudioSize, HEAD_BYTES } from '@/lib/audio/file-check';
import {
  addBookmark,
  clampRate,
  clampTime,
  EMPTY_AUDIO_STATE,
  formatTime,
  RATES,
  removeBookmark,
  type AudioState,
} from '@/lib/audio/state';
import { AudioStoreError, putAudio, readAudio, readAudioStateOf, removeAudio, saveAudioState, type AudioRecord } from '@/lib/audio/store';
import type { Db } from '@/lib/storage/db';
import { getDb } from '../storage/app-db';
import SentenceSync from './SentenceSync';

export type PlayerProps = { audioKey: string; onClose: () => void };

type Loaded =
  | { status: 'loading' }
  | { status: 'no-storage' }
  | { status: 'none'; db: Db }
  | { status: 'ready'; db: Db; record: AudioRecord; url: string; state: AudioState };

type Problem = { key: 'type' | 'size' | 'empty' | 'full' | 'failed' | 'play' | 'no-storage' | 'saveFull'; size?: number; detail?: string };

const LIMIT_MB = AUDIO_LIMIT_BYTES / 1024 / 1024;
const SKIP = 5;
const NO_MARKS = {};
/** How often (seconds of audio) the position is written while playing; pausing, seeking and leaving write it at once. */
const SAVE_EVERY = 1;

/** Space plays and pauses unless focus is where Space already means something: a field, a button, a link, a menu. */
function spaceIsFree(event: KeyboardEvent): boolean {
  if (event.key !== ' ' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey || event.repeat || event.defaultPrevented)
    return false;
  const target = event.target;
  if (!(target instanceof Element)) return true;
  return !target.closest(
    'input, textarea, select, button, a[href], summary, audio, video, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"], [role="slider"], [role="menuitem"], [role="option"], [role="checkbox"], [role="switch"], [role="tab"], [role="textbox"], [role="dialog"]',
  );
}

const bookmarkId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/**
 * The audio player of a text: a compact bar at the bottom of the window (a spacer of its height
 * ends the page, so it never hides the end of the text). The file and the learner's place in it
 * are kept in this browser's IndexedDB (lib/audio/store) and never uploaded.
 */
export default function AudioPlayer({ audioKey, onClose }: PlayerProps) {
  const t = useTranslations('Audio');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [current, setCurrent] = useState(0);
  const [duration, setDuration] = useState(0);
  const audioRef = useRef<HTMLAudioElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const stateRef = useRef<AudioState>(EMPTY_AUDIO_STATE);
  const savedAt = useRef(-1);
  // While a file is replaced or removed, the old one's last events write nothing.
  const frozen = useRef(false);
  const titleId = useId();
  const panelId = useId();
  const barRef = useRef<HTMLElement>(null);
  const [barHeight, setBarHeight] = useState(0);
  const [panelOpen, setPanelOpen] = useState(false);
  // The learner's place as shown; the ref holds the same for handlers that write it between renders.
  const [place, setPlace] = useState<AudioState>(EMPTY_AUDIO_STATE);

  // Read the attached file (if any) and where the learner was in it.
  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    void (async () => {
      const db = await getDb();
      if (!db) return !cancelled && setLoaded({ status: 'no-storage' });
      const [record, state] = await Promise.all([readAudio(db, audioKey), readAudioStateOf(db, audioKey)]);
      if (cancelled) return;
      if (!record) return setLoaded({ status: 'none', db });
      url = URL.createObjectURL(record.blob);
      stateRef.current = state;
      setPlace(state);
      setLoaded({ status: 'ready', db, record, url, state });
    })().catch(() => !cancelled && setLoaded({ status: 'no-storage' }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [audioKey]);

  const db = loaded.status === 'none' || loaded.status === 'ready' ? loaded.db : null;

  /** Writes the learner's place (position, speed, bookmarks); a full disk is said, and playing goes on. */
  const persist = useCallback(
    (change?: (state: AudioState) => AudioState) => {
      const audio = audioRef.current;
      if (!db || frozen.current) return;
      let next = stateRef.current;
      if (audio && audio.readyState > 0) next = { ...next, position: clampTime(audio.currentTime), rate: clampRate(audio.playbackRate) };
      if (change) next = change(next);
      stateRef.current = next;
      savedAt.current = next.position;
      if (change) setPlace(next);
      saveAudioState(db, audioKey, next).then(
        () => setProblem((p) => (p?.key === 'saveFull' ? null : p)),
        (error: unknown) =>
          setProblem({ key: error instanceof AudioStoreError && error.reason === 'full' ? 'saveFull' : 'failed', detail: String(error) }),
      );
    },
    [db, audioKey],
  );

  // Leaving the page (or the tab going to the background) writes the position at once.
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    const leave = () => persist();
    const hidden = () => document.visibilityState === 'hidden' && persist();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [loaded.status, persist]);

  // The spacer that ends the page follows the bar's height (an error or the bookmarks make it taller).
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => setBarHeight(bar.offsetHeight));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const toggle = useCallback(() => {
    const audio = audioRef.current;
    if (!audio) return;
    if (audio.paused) audio.play().catch(() => setProblem({ key: 'play' }));
    else audio.pause();
  }, []);

  // Space plays and pauses while reading (see spaceIsFree).
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    const onKey = (event: KeyboardEvent) => {
      if (!spaceIsFree(event)) return;
      event.preventDefault();
      toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [loaded.status, toggle]);

  const seek = (time: number) => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = clampTime(time, Number.isFinite(audio.duration) ? audio.duration : undefined);
    setCurrent(audio.currentTime);
  };

  const now = useCallback(() => audioRef.current?.currentTime ?? 0, []);
  const playFrom = useCallback((time: number) => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = clampTime(time, Number.isFinite(audio.duration) ? audio.duration : undefined);
    audio.play().catch(() => setProblem({ key: 'play' }));
  }, []);

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !db) return;
    setProblem(null);
    setNotice('');
    // The size first: a file over the limit is refused before a byte of it is read.
    const tooBig = checkAudioSize(file.size);
    const head = tooBig ? new Uint8Array() : new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const check = tooBig ?? checkAudioFile(file, head);
    if (!check.ok) return setProblem({ key: check.error, size: file.size });
    const record: AudioRecord = {
      version: 1,
      name: file.name,
      kind: check.kind,
      type: file.type,
      size: file.size,
      addedAt: new Date().toISOString(),
      blob: file,
    };
    setBusy(true);
    frozen.current = true;
    audioRef.current?.pause();
    try {
      await putAudio(db, audioKey, record);
      // Read back what was stored: the player plays the browser's copy, not the picked file.
      const stored = await readAudio(db, audioKey);
      if (!stored) throw new AudioStoreError('failed', 'the file did not read back');
      if (loaded.status === 'ready') URL.revokeObjectURL(loaded.url);
      stateRef.current = EMPTY_AUDIO_STATE;
      setPlace(EMPTY_AUDIO_STATE);
      setCurrent(0);
      setDuration(0);
      setPlaying(false);
      setLoaded({ status: 'ready', db, record: stored, url: URL.createObjectURL(stored.blob), state: EMPTY_AUDIO_STATE });
      setNotice(t('attached', { name: stored.name }));
    } catch (error) {
      frozen.current = false;
      setProblem({ key: error instanceof AudioStoreError && error.reason === 'full' ? 'full' : 'failed', detail: String(error) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!db || loaded.status !== 'ready' || !window.confirm(t('removeConfirm'))) return;
    frozen.current = true;
    audioRef.current?.pause();
    try {
      await removeAudio(db, audioKey);
      URL.revokeObjectURL(loaded.url);
      stateRef.current = EMPTY_AUDIO_STATE;
      setPlace(EMPTY_AUDIO_STATE);
      setLoaded({ status: 'none', db });
      setPlaying(false);
      setNotice(t('removed'));
    } catch (error) {
      frozen.current = false;
      setProblem({ key: 'failed', detail: String(error) });
    }
  }

  const problemText = (p: Problem) => {
    switch (p.key) {
      case 'size':
        return t('error_size', { size: ((p.size ?? 0) / 1024 / 1024).toFixed(1), limit: LIMIT_MB });
      case 'failed':
        return t('error_failed', { detail: p.detail ?? '' });
      default:
        return t(`error_${p.key}`);
    }
  };

  const state = place;
  const button =
    'inline-flex min-h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-stone-300 bg-white px-2 text-sm text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-50 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700 dark:focus-visible:outline-teal-300';
  const fileInput = (
    <input
      ref={fileRef}
      type="file"
      accept={AUDIO_ACCEPT}
      className="sr-only"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => void attach(event)}
    />
  );
  const pick = () => fileRef.current?.click();
  const timeText = `${formatTime(current)} / ${formatTime(duration)}`;

  const bar = (
    <section
      ref={barRef}
      aria-labelledby={titleId}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-300 bg-white/95 text-stone-900 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] backdrop-blur dark:border-stone-700 dark:bg-stone-900/95 dark:text-stone-100"
    >
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-2 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h2 id={titleId} className="sr-only">
            {t('region')}
          </h2>
          {loaded.status === 'ready' ? (
            <>
              {/* The text on the page is what the recording says: it stands for captions. */}
              {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
              <audio
                ref={audioRef}
                src={loaded.url}
                preload="metadata"
                onLoadedMetadata={(event) => {
                  const audio = event.currentTarget;
                  frozen.current = false;
                  setDuration(Number.isFinite(audio.duration) ? audio.duration : 0);
                  audio.playbackRate = loaded.state.rate;
                  audio.currentTime = clampTime(loaded.state.position, Number.isFinite(audio.duration) ? audio.duration : undefined);
                  setCurrent(audio.currentTime);
                }}
                onDurationChange={(event) => setDuration(Number.isFinite(event.currentTarget.duration) ? event.currentTarget.duration : 0)}
                onTimeUpdate={(event) => {
                  const time = event.currentTarget.currentTime;
                  setCurrent(time);
                  if (Math.abs(time - savedAt.current) >= SAVE_EVERY) persist();
                }}
                onPlay={() => setPlaying(true)}
                onPause={() => {
                  setPlaying(false);
                  persist();
                }}
                onEnded={() => setPlaying(false)}
                onSeeked={() => persist()}
                onRateChange={() => persist()}
                onError={() => setProblem({ key: 'play' })}
              />
              <button type="button" className={button} onClick={toggle}>
                <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
                <span className="sr-only sm:not-sr-only">{playing ? t('pause') : t('play')}</span>
              </button>
              <button type="button" className={button} aria-label={t('back')} onClick={() => seek(current - SKIP)}>
                −5
              </button>
              <button type="button" className={button} aria-label={t('forward')} onClick={() => seek(current + SKIP)}>
                +5
              </button>
              {/* On a phone the position takes a row of its own above the buttons. */}
              <div className="order-first flex basis-full items-center gap-2 sm:order-none sm:min-w-0 sm:flex-1 sm:basis-0">
                <input
                  type="range"
                  aria-label={t('position')}
                  aria-valuetext={t('positionText', { current: formatTime(current), duration: formatTime(duration) })}
                  min={0}
                  max={duration || 0}
                  step={0.1}
                  value={Math.min(current, duration || 0)}
                  onChange={(event) => seek(Number(event.target.value))}
                  className="min-w-0 flex-1 accent-teal-700 dark:accent-teal-400"
                />
                <span aria-hidden="true" className="shrink-0 text-xs tabular-nums text-stone-600 dark:text-stone-400">
                  {timeText}
                </span>
              </div>
              <label className="flex shrink-0 items-center gap-1 text-sm">
                <span className="sr-only sm:not-sr-only">{t('speed')}</span>
                <select
                  aria-label={t('speed')}
                  value={String(state.rate)}
                  onChange={(event) => {
                    const rate = clampRate(Number(event.target.value));
                    if (audioRef.current) audioRef.current.playbackRate = rate;
                    persist((s) => ({ ...s, rate }));
                  }}
                  className="rounded-md border border-stone-300 bg-white px-1 py-1 text-sm focus-visible:outline-2 focus-visible:outline-teal-700 dark:border-stone-600 dark:bg-stone-800"
                >
                  {RATES.map((rate) => (
                    <option key={rate} value={String(rate)}>
                      {`${rate}×`}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : (
            <p className="min-w-0 flex-1 text-sm">
              {loaded.status === 'loading'
                ? t('loading')
                : loaded.status === 'no-storage'
                  ? t('error_no-storage')
                  : t('intro', { limit: LIMIT_MB })}
            </p>
          )}
          {loaded.status === 'none' && (
            <button type="button" className={button} onClick={pick} disabled={busy}>
              {t('attach')}
            </button>
          )}
          <button
            type="button"
            className={button}
            aria-label={t('close')}
            onClick={() => {
              audioRef.current?.pause();
              persist();
              onClose();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {loaded.status === 'ready' && (
          <div className="text-sm">
            <button
              type="button"
              aria-expanded={panelOpen}
              aria-controls={panelId}
              onClick={() => setPanelOpen((open) => !open)}
              className="rounded px-1 text-teal-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700 dark:text-teal-300"
            >
              <span aria-hidden="true">{panelOpen ? '▾ ' : '▸ '}</span>
              {t('more', { count: state.bookmarks.length })}
            </button>
            <div id={panelId} hidden={!panelOpen} className="mt-2 flex max-h-[40vh] flex-col gap-2 overflow-y-auto pb-1">
              <div className="flex flex-wrap items-center gap-2">
                <button
                  type="button"
                  className={button}
                  onClick={() => {
                    const at = audioRef.current?.currentTime ?? current;
                    persist((s) => addBookmark(s, at, bookmarkId()));
                    setNotice(t('bookmarkAdded', { time: formatTime(at) }));
                  }}
                >
                  {t('addBookmark')}
                </button>
                <button type="button" className={button} onClick={pick} disabled={busy}>
                  {t('replace')}
                </button>
                <button type="button" className={button} onClick={() => void remove()}>
                  {t('remove')}
                </button>
              </div>
              <SentenceSync marks={state.sentences ?? NO_MARKS} now={now} change={persist} playFrom={playFrom} buttonClass={button} />
              <p className="text-stone-600 dark:text-stone-400">{t('about', { name: loaded.record.name, limit: LIMIT_MB })}</p>
              <h3 className="font-medium">{t('bookmarks')}</h3>
              {state.bookmarks.length === 0 ? (
                <p className="text-stone-600 dark:text-stone-400">{t('noBookmarks')}</p>
              ) : (
                <ul className="flex flex-col gap-1">
                  {state.bookmarks.map((bookmark) => (
                    <li key={bookmark.id} className="flex items-center gap-2">
                      <button type="button" className={button} onClick={() => playFrom(bookmark.at)}>
                        {t('jump', { time: formatTime(bookmark.at) })}
                      </button>
                      <button
                        type="button"
                        className={button}
                        aria-label={t('deleteBookmark', { time: formatTime(bookmark.at) })}
                        onClick={() => persist((s) => removeBookmark(s, bookmark.id))}
                      >
                        <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        {problem && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {problemText(problem)}
          </p>
        )}
        <p role="status" className="sr-only">
          {notice}
        </p>
        {fileInput}
      </div>
    </section>
  );
  return createPortal(
    <>
      {/* Ends the page with the bar's height, so the last lines of the text can scroll above the bar. */}
      <div aria-hidden="true" style={{ height: barHeight }} />
      {bar}
    </>,
    document.body,
  );
}
