'use client';

import { useEffect, useState } from 'react';
import { VIEWS, toReaderQuery, type View } from '@/lib/reader-prefs';
import { applyPrefs, findReader, highlight, reveal, syncMasks } from './reader-dom';
import ViewSwitch from './ViewSwitch';

type Labels = Record<(typeof VIEWS)[number], string> & { group: string; hide: string; hint: string; reveal: string };
type Props = { initialView: View; initialHide: boolean; labels: Labels };

const sidOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-sid]') : null);

/** The view switch and the hide-translation toggle, plus cross-highlighting and reveal on the article. */
export default function ReaderControls({ initialView, initialHide, labels }: Props) {
  const [view, setView] = useState(initialView);
  const [hide, setHide] = useState(initialHide);
  const [wide, setWide] = useState(true);

  useEffect(() => {
    const query = matchMedia('(min-width: 1024px)');
    const onChange = () => setWide(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    const root = findReader();
    if (root) applyPrefs(root, view, hide, labels.reveal);
  }, [view, hide, labels.reveal]);

  useEffect(() => {
    const root = findReader();
    if (!root) return;
    const enter = (event: Event) => highlight(root, sidOf(event.target)?.dataset.sid ?? null);
    const leave = () => highlight(root, root.querySelector(':focus')?.closest<HTMLElement>('[data-sid]')?.dataset.sid ?? null);
    const activate = (event: Event) => {
      const el = sidOf(event.target);
      if (!el || el.getAttribute('role') !== 'button') return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      reveal(el);
    };
    root.addEventListener('pointerover', enter);
    root.addEventListener('focusin', enter);
    root.addEventListener('pointerleave', leave);
    root.addEventListener('focusout', () => highlight(root, null));
    root.addEventListener('click', activate);
    root.addEventListener('keydown', activate);
    syncMasks(root, root.hasAttribute('data-hide'), labels.reveal);
    return () => {
      root.removeEventListener('pointerover', enter);
      root.removeEventListener('focusin', enter);
      root.removeEventListener('pointerleave', leave);
      root.removeEventListener('click', activate);
      root.removeEventListener('keydown', activate);
    };
  }, [labels.reveal]);

  const shown = view === 'auto' ? (wide ? 'side' : 'interleaved') : view;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ViewSwitch label={labels.group} current={shown} hide={hide} labels={labels} onSelect={setView} />
      <a
        href={toReaderQuery(view, !hide) || '?hide=0'}
        role="switch"
        aria-checked={hide}
        onClick={(event) => {
          event.preventDefault();
          setHide(!hide);
        }}
        onKeyDown={(event) => {
          if (event.key !== ' ') return;
          event.preventDefault();
          setHide(!hide);
        }}
        className="inline-flex items-center gap-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm aria-checked:border-teal-800 aria-checked:bg-teal-800 aria-checked:text-white dark:border-stone-700"
      >
        <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full border border-current ${hide ? "bg-current" : ""}`} />
        {labels.hide}
      </a>
      <p role="status" className="w-full text-sm text-stone-600 dark:text-stone-400">
        {hide ? labels.hint : ''}
      </p>
    </div>
  );
}
