'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  encodeReaderPrefs,
  READER_COOKIE,
  readReaderPrefs,
  TOGGLES,
  toReaderQuery,
  type ReaderPrefs,
  type Toggle,
  type VIEWS,
} from '@/lib/reader-prefs';
import Disclosure from './Disclosure';
import { applyPrefs, findReader, highlight, reveal, syncMasks } from './reader-dom';
import ToggleSwitch from './ToggleSwitch';
import ViewSwitch from './ViewSwitch';

type Labels = Record<(typeof VIEWS)[number] | Toggle, string> & {
  group: string;
  hint: string;
  hintNoScript: string;
  reveal: string;
  settings: string;
};

/** Under 768 px two columns would be too narrow to read: side by side is not offered, and shows interleaved. */
const PHONE_VIEWS = ['interleaved', 'ko', 'en'] as const;
/** `page`: the page of a long text shown, kept by the links that work without JavaScript. */
type Props = { initial: ReaderPrefs; labels: Labels; persist?: boolean; page?: number };

const closestData = (target: EventTarget | null, name: 'sid' | 'term') =>
  target instanceof Element ? (target.closest<HTMLElement>(`[data-${name}]`)?.dataset[name] ?? null) : null;

/** The reader's saved settings, URL first, then the cookie, in the cookie's form: a stable snapshot. */
function savedPrefs(): string {
  const cookie = document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${READER_COOKIE}=`))
    ?.slice(READER_COOKIE.length + 1);
  return encodeReaderPrefs(readReaderPrefs(new URLSearchParams(location.search), cookie));
}
const noSubscription = () => () => {};

/**
 * The view switch and the toggles, plus cross-highlighting and reveal on the article. From 768 px
 * they stand in one row; on a phone they fold into one bar, a view menu and a settings sheet.
 */
export default function ReaderControls({ initial, labels, persist = true, page = 1 }: Props) {
  // The static page is rendered with the default settings: the reader's own come from the URL and
  // the cookie once React runs (the boot script has already put them on the article), and what the
  // reader then chooses wins.
  const saved = useSyncExternalStore(noSubscription, persist ? savedPrefs : () => null, () => null);
  const [chosen, setChosen] = useState<ReaderPrefs | null>(null);
  const savedPrefsRead = useMemo(() => (saved ? readReaderPrefs(new URLSearchParams(), saved) : null), [saved]);
  const prefs = chosen ?? savedPrefsRead ?? initial;
  const setPrefs = (change: (current: ReaderPrefs) => ReaderPrefs) => setChosen(change(prefs));
  const [wide, setWide] = useState(true);

  useEffect(() => {
    const query = matchMedia('(min-width: 1024px)');
    const onChange = () => setWide(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  // Not while hydrating (the saved settings are not read yet): the page as rendered is already right,
  // and applying the defaults would move it and overwrite the saved settings.
  const hydrating = persist && saved === null;
  useEffect(() => {
    const root = findReader();
    if (root && !hydrating) applyPrefs(root, prefs, labels.reveal, persist);
  }, [prefs, labels.reveal, persist, hydrating]);

  useEffect(() => {
    const root = findReader();
    if (!root) return;
    const enter = (event: Event) => highlight(root, closestData(event.target, 'sid'), closestData(event.target, 'term'));
    const leave = () => highlight(root, closestData(document.activeElement, 'sid'), closestData(document.activeElement, 'term'));
    const activate = (event: Event) => {
      const el = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-sid][role="button"]') : null;
      if (!el || (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      reveal(el);
    };
    const listeners: [string, EventListener][] = [
      ['pointerover', enter],
      ['focusin', enter],
      ['pointerleave', leave],
      ['focusout', leave],
      ['click', activate],
      ['keydown', activate],
    ];
    for (const [type, listener] of listeners) root.addEventListener(type, listener);
    syncMasks(root, root.hasAttribute('data-hide'), labels.reveal);
    return () => listeners.forEach(([type, listener]) => root.removeEventListener(type, listener));
  }, [labels.reveal]);

  const shown = prefs.view === 'auto' ? (wide ? 'side' : 'interleaved') : prefs.view;
  const phoneShown = prefs.view === 'auto' || prefs.view === 'side' ? 'interleaved' : prefs.view;
  const selectView = (view: ReaderPrefs['view']) => setPrefs((p) => ({ ...p, view }));
  const toggles = TOGGLES.map((toggle) => (
    <ToggleSwitch
      key={toggle}
      label={labels[toggle]}
      checked={prefs[toggle]}
      href={toReaderQuery({ ...prefs, [toggle]: !prefs[toggle] }, page) || `?${toggle}=0`}
      onToggle={() => setPrefs((p) => ({ ...p, [toggle]: !p[toggle] }))}
    />
  ));
  return (
    // Below the back link's line (an inline link and a float, which take no margin of their own).
    <div className="pt-2">
      <div className="hidden flex-wrap items-center gap-3 md:flex">
        <ViewSwitch label={labels.group} current={shown} prefs={prefs} page={page} labels={labels} onSelect={selectView} />
        {toggles}
      </div>
      <div className="flex items-center gap-2 md:hidden">
        <Disclosure name="reader-bar" label={`${labels.group}: ${labels[phoneShown]}`} summary={labels[phoneShown]} closeOnLink>
          <ViewSwitch
            label={labels.group}
            current={phoneShown}
            prefs={prefs}
            page={page}
            labels={labels}
            onSelect={selectView}
            views={PHONE_VIEWS}
            vertical
          />
        </Disclosure>
        <Disclosure name="reader-bar" summary={labels.settings} align="end">
          <div className="flex flex-col items-stretch gap-2">{toggles}</div>
        </Disclosure>
      </div>
      {/* The boot script shows the hint itself (from data-hint) when the saved settings hide the translation. */}
      <p
        role="status"
        data-hint={labels.hint}
        suppressHydrationWarning
        className="text-sm text-stone-600 empty:mt-0 dark:text-stone-400 [&:not(:empty)]:mt-3 [@media(scripting:none)]:hidden"
      >
        {prefs.hide ? labels.hint : ''}
      </p>
      {/* Without JavaScript a sentence cannot be shown one at a time: say how to read the English. */}
      {prefs.hide && (
        <p className="mt-3 hidden text-sm text-stone-600 dark:text-stone-400 [@media(scripting:none)]:block">{labels.hintNoScript}</p>
      )}
    </div>
  );
}
