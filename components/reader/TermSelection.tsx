// Rendered inside a client island (WordPopover); no boundary of its own.
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { myTermKey, putMyTerm, type MyTerm, type TermExample } from '@/lib/practice';
import { loadStore, useLazyProgress } from '../practice/use-lazy-progress';
import { findReader } from './reader-dom';
import { describePick, exampleOf, isKorean, selectWords, selectedWords, sentenceOf, type TermPick } from './term-dom';
import { useMyTermMarks } from './use-my-term-marks';
import type { WordData } from './use-word-data';

// The form loads when it is first opened: the reader's first load carries only the selection watcher.
const MyTermForm = dynamic(() => import('./MyTermForm'));

/** Where focus goes back to once the form closes: the word (or the term holding it) as the arrow keys walk it, made focusable. */
function itemOf(word: HTMLElement | undefined): HTMLElement | null {
  const item = word ? (word.closest<HTMLElement>('a.term') ?? word) : null;
  if (item) item.tabIndex = -1;
  return item;
}

type Draft = { keys: string[]; label: string; surfaces: string; example?: TermExample; back: HTMLElement | null };
const PROBLEM = { single: 'single', 'too-many': 'tooMany', 'cross-sentence': 'crossSentence' } as const;

/**
 * The learner's own terms in the reader: marks them in the text, and turns a selection of two or
 * more Korean words (mouse drag, Shift+arrows from a focused word, long-press on touch) into one,
 * with a bar at the foot of the screen that offers to save it or says why it cannot be one.
 */
export default function TermSelection({ data, load }: { data: WordData; load: () => void }) {
  const t = useTranslations('MyTerms');
  const describe = useCallback((term: MyTerm) => t('describe', { label: term.label, meaning: term.meaning }), [t]);
  useMyTermMarks(data, describe);
  const progress = useLazyProgress();
  const [pick, setPick] = useState<TermPick | null>(null);
  const [edge, setEdge] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const keyboard = useRef<{ anchor: HTMLElement; head: HTMLElement } | null>(null);
  // The listeners read the latest selection and form without being bound again on each change.
  const live = useRef({ pick, draft });
  useEffect(() => {
    live.current = { pick, draft };
  });

  const open = useCallback((from: TermPick) => {
    if (!('keys' in from.check)) return;
    void loadStore();
    setDraft({
      keys: from.check.keys,
      label: from.label,
      surfaces: from.surfaces,
      example: exampleOf(from.words),
      back: itemOf(keyboard.current?.head ?? from.words[0]),
    });
  }, []);

  useEffect(() => {
    const root = findReader();
    if (!root) return;
    let frame = 0;
    const refresh = () => {
      frame = 0;
      if (live.current.draft) return; // the form keeps what was selected when it opened
      const words = selectedWords(root, document.getSelection());
      const minimum = keyboard.current ? 1 : 2;
      if (words.length < minimum) {
        if (!keyboard.current) setPick(null);
        return;
      }
      if (data.status !== 'ready') return load();
      setSaved(null);
      setPick(describePick(data.payload, words));
    };
    const onSelection = () => (frame ||= requestAnimationFrame(refresh));
    const onKey = (event: KeyboardEvent) => {
      const from = document.activeElement;
      if (!(from instanceof HTMLElement) || !root.contains(from) || event.altKey || event.ctrlKey || event.metaKey) return;
      const word = from.matches('.w[data-e]') ? from : from.matches('a.term') ? from.querySelector<HTMLElement>('.w[data-e]') : null;
      // Enter reads the selection as it is now: the pick shown is refreshed on the next frame, and a
      // quick Shift+arrow then Enter (or a busy machine) would otherwise act on the one before.
      const selected =
        event.key === 'Enter' && keyboard.current && data.status === 'ready' ? selectedWords(root, document.getSelection()) : [];
      const current = selected.length && data.status === 'ready' ? describePick(data.payload, selected) : live.current.pick;
      if (event.key === 'Enter' && keyboard.current && current && 'keys' in current.check) {
        event.preventDefault();
        event.stopPropagation();
        return open(current);
      }
      if (event.key === 'Escape' && keyboard.current) {
        keyboard.current = null;
        document.getSelection()?.removeAllRanges();
        setPick(null);
        return setEdge(false);
      }
      const forward = event.key === 'ArrowRight';
      if (!event.shiftKey || !(forward || event.key === 'ArrowLeft') || !word || !isKorean(word)) return;
      // Shift+arrows extend a selection word by word, within the sentence (the plain arrows walk it).
      event.preventDefault();
      event.stopPropagation();
      const words = [...(sentenceOf(word)?.querySelectorAll<HTMLElement>('.w[data-e]') ?? [])];
      const state = keyboard.current && words.includes(keyboard.current.anchor) ? keyboard.current : { anchor: word, head: word };
      const next = words[words.indexOf(state.head) + (forward ? 1 : -1)];
      keyboard.current = state;
      if (!next) return setEdge(true);
      setEdge(false);
      keyboard.current = { anchor: state.anchor, head: next };
      next.tabIndex = -1;
      next.focus();
      selectWords(state.anchor, next);
      onSelection();
    };
    // A drag that starts at the very start of a sentence's first word puts Chrome's caret in the space
    // before it, outside the sentence that the press focuses, and the browser then selects nothing:
    // there the selection follows the pointer from word to word by script.
    let pressed: HTMLElement | null = null;
    let ours = false;
    const onPointer = (event: PointerEvent) => {
      keyboard.current = null;
      setEdge(false);
      const on = event.target instanceof Element ? event.target.closest<HTMLElement>('.w[data-e]') : null;
      pressed = event.pointerType === 'mouse' && event.button === 0 && !event.shiftKey && on && isKorean(on) ? on : null;
      ours = false;
    };
    const onMove = (event: PointerEvent) => {
      if (!pressed || !(event.buttons & 1)) return;
      const over = event.target instanceof Element ? event.target.closest<HTMLElement>('.w[data-e]') : null;
      if (!over || over === pressed || !isKorean(over)) return;
      // The browser's own selection, begun in the pressed word, is left to it.
      const selection = document.getSelection();
      if (!ours && selection?.type === 'Range' && selection.anchorNode && pressed.contains(selection.anchorNode)) return;
      ours = true;
      selectWords(pressed, over);
    };
    const onUp = () => void (pressed = null);
    document.addEventListener('selectionchange', onSelection);
    root.addEventListener('keydown', onKey, true);
    root.addEventListener('pointerdown', onPointer);
    root.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    refresh();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelection);
      root.removeEventListener('keydown', onKey, true);
      root.removeEventListener('pointerdown', onPointer);
      root.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
    };
  }, [data, load, open]);

  const close = (message: string | null) => {
    const back = draft?.back;
    setDraft(null);
    setPick(null);
    setSaved(message);
    keyboard.current = null;
    document.getSelection()?.removeAllRanges();
    back?.focus();
  };
  const save = async (d: Draft, label: string, meaning: string) => {
    const store = await loadStore();
    store.updateProgress((p) => putMyTerm(p, myTermKey(d.keys), { label, keys: d.keys, meaning, example: d.example }));
    if (store.getProgressState().error) return false;
    close(t('saved', { label }));
    return true;
  };
  const existing = draft && progress?.ready ? progress.progress.myTerms?.[myTermKey(draft.keys)] : undefined;
  const problem = edge ? 'crossSentence' : pick && 'problem' in pick.check ? PROBLEM[pick.check.problem] : null;
  const shown = draft || problem || pick || saved;
  return (
    <div
      aria-live="polite"
      className={
        shown
          ? 'fixed inset-x-0 bottom-0 z-30 border-t border-violet-700 bg-white p-3 text-sm shadow-xl sm:bottom-4 sm:left-1/2 sm:w-[26rem] sm:-translate-x-1/2 sm:rounded-xl sm:border dark:border-violet-400 dark:bg-stone-900'
          : undefined
      }
    >
      {draft ? (
        <MyTermForm
          title={t('formTitle')}
          words={draft.surfaces}
          label={existing && !existing.deleted ? existing.label : draft.label}
          meaning={existing && !existing.deleted ? existing.meaning : ''}
          onSave={(label, meaning) => save(draft, label, meaning)}
          onCancel={() => close(null)}
        />
      ) : problem ? (
        <p role="alert">{t(problem)}</p>
      ) : pick ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="min-w-0 flex-1">
            {t('selected')} <span lang="ko">{pick.surfaces}</span>
            <span className="block text-xs text-stone-600 dark:text-stone-400">{t('saveHint')}</span>
          </p>
          <button
            type="button"
            // Pressing the button must not clear the selection it is about.
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => open(pick)}
            className="rounded-md bg-violet-800 px-3 py-2 font-medium text-white"
          >
            {t('save')}
          </button>
        </div>
      ) : saved ? (
        <p className="flex items-center justify-between gap-2">
          <span role="status">{saved}</span>
          <button type="button" onClick={() => setSaved(null)} aria-label={t('cancel')} className="min-h-8 min-w-8 rounded">
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
