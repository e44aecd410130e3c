'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { WordClass } from '@/lib/korean';
import type { LookupLabels } from '../lookup/LookupLinks';
import type { Status } from '@/lib/practice';
import type { WordPayload } from '@/lib/payload';
import { whenIdle } from '@/lib/idle';
import { loadStore } from '../practice/use-lazy-progress';
import { useIdle } from '../use-idle';
import { useStatusColours } from './use-status-colours';
import { findReader } from './reader-dom';
import { bindTriggers, describe, type Target } from './popover-triggers';
import { useKoreanVoice } from './use-korean-voice';
import { useWordData } from './use-word-data';
import dynamic from 'next/dynamic';

export type PopoverLabels = {
  /** Names the popover before the word: “Word details:”. */
  dialog: string;
  definition: string;
  breakdown: string;
  lemma: string;
  listen: string;
  openGlossary: string;
  close: string;
  keyboardHint: string;
  loading: string;
  error: string;
  noGloss: string;
  lookup: LookupLabels;
  classes: Record<WordClass, string>;
  addWord: string;
  removeWord: string;
  status: string;
  saveFailed: string;
  statuses: Record<Status, string>;
};
type Props = { locale: string; dataUrl?: string; payload?: WordPayload; labels: PopoverLabels };

type CardModule = typeof import('./PopoverCard');

// The learner's own terms (marks in the text, saving a selection) load when the browser is idle
// after load, as the card does: the reader's first load carries none of it.
const TermSelection = dynamic(() => import('./TermSelection'));
/**
 * The card's code (meanings, your meaning, patterns, look-up links, the message formatter they
 * use, and Floating UI to place it) is fetched after first paint, when the browser is idle, like
 * the word data; a word hovered before that fetches it at once. The module counts as there once
 * the progress store has come too and the stores are read, so the card opens with every control
 * and nothing grows later.
 */
function usePopoverCard(): [CardModule | null, () => void] {
  const [card, setCard] = useState<CardModule | null>(null);
  const started = useRef(false);
  const fetchCard = useCallback(() => {
    if (started.current) return;
    started.current = true;
    void Promise.all([import('./PopoverCard'), loadStore()]).then(
      ([module]) => {
        module.primeStores();
        setCard(module);
      },
      () => {
        started.current = false;
      },
    );
  }, []);
  useEffect(() => whenIdle(fetchCard), [fetchCard]);
  return [card, fetchCard];
}

/** Until Floating UI has arrived (only the one-line loading status shows then): below the word, or above it near the bottom. */
function placeRoughly(anchor: HTMLElement, floating: HTMLElement) {
  const rect = anchor.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const below = rect.bottom + floating.offsetHeight + 12 <= window.innerHeight;
  floating.style.setProperty('--pop-x', `${Math.max(8, Math.min(rect.left, width - floating.offsetWidth - 8)) + window.scrollX}px`);
  floating.style.setProperty('--pop-y', `${(below ? rect.bottom + 6 : rect.top - floating.offsetHeight - 6) + window.scrollY}px`);
}

/** The word and term popover of the reader: one floating card, driven by events on the article. */
export default function WordPopover({ locale, dataUrl, payload, labels }: Props) {
  const [target, setTarget] = useState<Target | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [data, loadData] = useWordData(dataUrl ?? null, payload);
  const [cardModule, fetchCard] = usePopoverCard();
  const PopoverCard = cardModule?.default ?? null;
  const load = useCallback(() => {
    loadData();
    fetchCard();
  }, [loadData, fetchCard]);
  const cardData = PopoverCard ? data : data.status === 'error' ? data : ({ status: 'loading' } as const);
  const [canSpeak, speak] = useKoreanVoice();
  useStatusColours(data);
  const idle = useIdle();
  const card = useRef<HTMLDivElement>(null);
  const grace = useRef<{ cancelClose: () => void; scheduleClose: () => void } | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const restoring = useRef(false);

  const close = useCallback(() => {
    current.current?.removeAttribute('aria-expanded');
    current.current?.removeAttribute('aria-describedby');
    current.current = null;
    setTarget(null);
  }, []);
  const open = useCallback((anchor: HTMLElement) => {
    current.current?.removeAttribute('aria-expanded');
    current.current?.removeAttribute('aria-describedby');
    current.current = anchor;
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-describedby', 'word-popover');
    setTarget(describe(anchor));
  }, []);

  // Placed before paint: by Floating UI once its code is here (kept in place as the card or page changes size).
  useLayoutEffect(() => {
    const floating = card.current;
    if (!target || !floating) return;
    if (cardModule) return cardModule.placePopover(target.anchor, floating);
    placeRoughly(target.anchor, floating);
  }, [target, cardModule]);

  useEffect(() => {
    const root = findReader();
    if (!root) return;
    // Focus going back to the term after Escape must not reopen the popover.
    const openUnlessRestoring = (anchor: HTMLElement) => restoring.current || open(anchor);
    const bound = bindTriggers(root, { open: openUnlessRestoring, close, isOpenFor: (el) => current.current === el, warm: load });
    grace.current = bound;
    const onKey = (event: KeyboardEvent) => {
      const anchor = current.current;
      if (!anchor) return;
      if (event.key === 'Escape') {
        const inside = card.current?.contains(document.activeElement);
        close();
        if (inside) {
          restoring.current = true;
          anchor.focus({ preventScroll: true });
          restoring.current = false;
        }
      } else if (event.key === 'ArrowDown' && document.activeElement === anchor) {
        // Tab moves on through the text; the arrow key steps into the card (listen, glossary).
        const first = card.current?.querySelector<HTMLElement>('button, a[href]');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      const anchor = current.current;
      if (!anchor || !(event.target instanceof Node) || !(anchor.contains(event.target) || card.current?.contains(event.target))) return;
      // Focus that goes nowhere (a tap on text, or a control re-rendered under the finger: next is null) keeps
      // the popover; a tap outside closes it (pointerdown), and focus moving to something else does.
      if (!next || anchor.contains(next) || card.current?.contains(next)) return;
      close();
    };
    const onPointerDown = (event: PointerEvent) => {
      const anchor = current.current;
      if (anchor && event.target instanceof Node && !anchor.contains(event.target) && !card.current?.contains(event.target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      bound.cleanup();
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [open, close, load]);

  // The learner's own terms (marks in the text, and saving a selection) share the word data.
  const terms = idle ? <TermSelection data={data} load={loadData} /> : null;
  if (!target) return <>{terms}</>;
  const popover = (
    <div
      ref={card}
      id="word-popover"
      role="dialog"
      aria-label={`${labels.dialog} ${target.anchor.textContent ?? ''}`}
      onPointerEnter={() => grace.current?.cancelClose()}
      // A lifted finger "leaves" too: only a mouse or pen leaving starts the grace period (a tap outside closes it).
      onPointerLeave={(event) => event.pointerType !== 'touch' && grace.current?.scheduleClose()}
      className={
        'absolute left-(--pop-x) top-(--pop-y) z-40 max-h-[var(--pop-max-h,80vh)] w-[22rem] max-w-[calc(100vw-1rem)] overflow-y-auto overscroll-contain rounded-xl border border-stone-300 bg-white p-3 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900 ' +
        // Under 640 px: a bottom sheet, full width, at most 60% of the screen, scrolling inside.
        'max-sm:fixed max-sm:inset-x-0 max-sm:bottom-0 max-sm:top-auto max-sm:max-h-[60vh] max-sm:w-full max-sm:max-w-none max-sm:rounded-b-none max-sm:border-x-0 max-sm:border-b-0 max-sm:px-4 max-sm:pb-[max(0.75rem,env(safe-area-inset-bottom))]'
      }
    >
      {PopoverCard ? (
        <PopoverCard
          target={target}
          data={cardData}
          locale={locale}
          labels={labels}
          canSpeak={canSpeak}
          speak={speak}
          retry={load}
          close={close}
          detailsOpen={detailsOpen}
          toggleDetails={() => setDetailsOpen((open) => !open)}
        />
      ) : (
        <p role="status">{labels.loading}</p>
      )}
    </div>
  );
  return (
    <>
      {terms}
      {popover}
    </>
  );
}
