'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { WordClass } from '@/lib/korean';
import type { LookupLabels } from '../lookup/LookupLinks';
import type { Status } from '@/lib/practice';
import type { WordPayload } from '@/lib/payload';
import { useStatusColours } from './use-status-colours';
import { findReader } from './reader-dom';
import { bindTriggers, describe, type Target } from './popover-triggers';
import { useKoreanVoice } from './use-korean-voice';
import { useWordData } from './use-word-data';

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
type Placed = Target & { top: number; left: number };

type Card = typeof import('./PopoverCard').default;

/**
 * The card's code (meanings, your meaning, patterns, look-up links, and the message formatter they
 * use) is fetched after first paint, when the browser is idle, like the word data; a word hovered
 * before that fetches it at once. The popover opens with its full content, never growing later.
 */
function usePopoverCard(): [Card | null, () => void] {
  const [Component, setComponent] = useState<Card | null>(null);
  const fetchCard = useCallback(() => {
    void import('./PopoverCard').then((module) => setComponent(() => module.default));
  }, []);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void, _options?: IdleRequestOptions) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(fetchCard, { timeout: 1500 });
    return () => cancel(handle);
  }, [fetchCard]);
  return [Component, fetchCard];
}

/** The word and term popover of the reader: one floating card, driven by events on the article. */
export default function WordPopover({ locale, dataUrl, payload, labels }: Props) {
  const [target, setTarget] = useState<Placed | null>(null);
  const [data, loadData] = useWordData(dataUrl ?? null, payload);
  const [PopoverCard, fetchCard] = usePopoverCard();
  const load = useCallback(() => {
    loadData();
    fetchCard();
  }, [loadData, fetchCard]);
  const cardData = PopoverCard ? data : data.status === 'error' ? data : ({ status: 'loading' } as const);
  const [canSpeak, speak] = useKoreanVoice();
  useStatusColours(data);
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
    const rect = anchor.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 360));
    setTarget({ ...describe(anchor), top: rect.bottom + window.scrollY + 6, left });
  }, []);

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
      if (next && (anchor.contains(next) || card.current?.contains(next))) return;
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

  if (!target) return null;
  return (
    <div
      ref={card}
      id="word-popover"
      role="dialog"
      aria-label={`${labels.dialog} ${target.anchor.textContent ?? ''}`}
      onPointerEnter={() => grace.current?.cancelClose()}
      onPointerLeave={() => grace.current?.scheduleClose()}
      style={{ top: target.top, left: target.left }}
      className="absolute z-40 w-[22rem] max-w-[calc(100vw-1rem)] rounded-xl border border-stone-300 bg-white p-4 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900"
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
        />
      ) : (
        <p role="status">{labels.loading}</p>
      )}
    </div>
  );
}
