/** What a popover is about: a glossary term link, or a plain Korean eojeol. */
/** `myTerm`: the key of the learner's own term the anchor is part of (its data-mt), if any. */
export type Target = { anchor: HTMLElement; termId: string | null; words: string[]; romanization: string | null; myTerm: string | null };

export const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 300;

const triggerOf = (node: EventTarget | null) =>
  node instanceof Element ? (node.closest<HTMLElement>('a.term') ?? node.closest<HTMLElement>('.w[data-e]')) : null;

/** The target for a trigger element: its term, and the "sentenceId:index" keys of its eojeols. */
export function describe(anchor: HTMLElement): Target {
  const sid = anchor.closest<HTMLElement>('[data-sid]')?.dataset.sid ?? '';
  const words = anchor.matches('.w') ? [anchor] : [...anchor.querySelectorAll<HTMLElement>('.w[data-e]')];
  return {
    anchor,
    termId: anchor.dataset.term ?? null,
    myTerm: words.find((w) => w.dataset.mt)?.dataset.mt ?? null,
    words: words.map((w) => `${sid}:${w.dataset.e}`),
    romanization:
      words
        .map((w) => w.dataset.rr)
        .filter(Boolean)
        .join(' ') || null,
  };
}

/** A sentence, a title or a heading cell: each is one Tab stop (roving focus), its items are walked with the arrows. */
const SENTENCE = '.s[data-sid]';
/** What the arrows walk inside a sentence: terms, the words outside terms, translator's note markers. */
const ITEM = 'a.term, .w[data-e]:not(a.term .w), a[data-note]';

/**
 * Roving focus: one Tab stop per sentence, so the links inside it leave the Tab order. Script only:
 * without it the links stay ordinary Tab stops.
 */
function makeSentencesTabStops(root: HTMLElement) {
  for (const sentence of root.querySelectorAll<HTMLElement>(SENTENCE)) {
    if (!sentence.hasAttribute('tabindex')) sentence.tabIndex = 0;
    for (const link of sentence.querySelectorAll<HTMLElement>('a[href]')) link.tabIndex = -1;
  }
}

type Handlers = { open: (anchor: HTMLElement) => void; close: () => void; isOpenFor: (anchor: HTMLElement) => boolean; warm: () => void };

/**
 * Hover (after an intent delay), Enter on a term or word reached with the arrows, a click on a word, or a tap opens the
 * popover; leaving the trigger closes it after a grace period that moving onto the popover cancels
 * (WCAG 1.4.13). Returns the cleanup and the grace-period controls for the popover itself.
 */
export function bindTriggers(root: HTMLElement, h: Handlers) {
  makeSentencesTabStops(root);
  let openTimer = 0;
  let closeTimer = 0;
  const cancelClose = () => window.clearTimeout(closeTimer);
  const scheduleClose = () => {
    window.clearTimeout(openTimer);
    cancelClose();
    closeTimer = window.setTimeout(h.close, CLOSE_DELAY_MS);
  };
  const over = (event: PointerEvent) => {
    h.warm();
    const trigger = triggerOf(event.target);
    // A button held down is a text selection being dragged (a term of your own): no popover over it.
    if (!trigger || event.pointerType === 'touch' || event.buttons !== 0) return;
    cancelClose();
    if (h.isOpenFor(trigger)) return;
    window.clearTimeout(openTimer);
    openTimer = window.setTimeout(() => h.open(trigger), OPEN_DELAY_MS);
  };
  const out = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return; // a lifted finger "leaves"; a tap elsewhere closes instead
    const trigger = triggerOf(event.target);
    if (!trigger || (event.relatedTarget instanceof Node && trigger.contains(event.relatedTarget))) return;
    scheduleClose();
  };
  const focus = (event: FocusEvent) => {
    h.warm();
    // Inside a sentence, Enter opens (see keys); a trigger that is a Tab stop of its own opens on focus.
    const trigger = event.target instanceof HTMLElement && event.target.matches('a.term, .w[data-e]') ? event.target : null;
    if (trigger && !trigger.closest(SENTENCE)) h.open(trigger);
  };
  const keys = (event: KeyboardEvent) => {
    const from = document.activeElement;
    const sentence = from instanceof HTMLElement ? from.closest<HTMLElement>(SENTENCE) : null;
    if (!sentence || !root.contains(sentence) || event.altKey || event.ctrlKey || event.metaKey) return;
    const onItem = from !== sentence && from!.matches(ITEM);
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      // The arrow keys walk the words, terms and note markers of the focused sentence.
      const items = [...sentence.querySelectorAll<HTMLElement>(ITEM)];
      const at = onItem ? items.indexOf(from as HTMLElement) : -1;
      const forward = event.key === 'ArrowRight';
      const next = items[at < 0 ? (forward ? 0 : items.length - 1) : at + (forward ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      next.tabIndex = -1;
      next.focus();
    } else if (event.key === 'Enter' && onItem && from!.matches('a.term, .w[data-e]') && !h.isOpenFor(from as HTMLElement)) {
      // Enter opens the popover; on a term whose popover is open, it follows the link.
      event.preventDefault();
      window.clearTimeout(openTimer);
      h.open(from as HTMLElement);
    } else if (event.key === 'Escape' && onItem && !h.isOpenFor(from as HTMLElement)) {
      sentence.focus();
    }
  };
  // A touch opens the popover: the first tap on a term (or its focus) opens it rather than following
  // the link; a tap on a term whose popover was already open when the finger came down follows it.
  let press: { trigger: HTMLElement | null; wasOpen: boolean; touch: boolean } = { trigger: null, wasOpen: false, touch: false };
  const down = (event: PointerEvent) => {
    const trigger = triggerOf(event.target);
    press = { trigger, wasOpen: !!trigger && h.isOpenFor(trigger), touch: event.pointerType === 'touch' || event.pointerType === 'pen' };
  };
  const click = (event: MouseEvent) => {
    const trigger = triggerOf(event.target);
    if (!trigger) return;
    const pointerType = (event as PointerEvent).pointerType;
    // (Where a click is no PointerEvent, the press that began it tells; a click without one, from Enter, is no touch.)
    const pressed = press.trigger === trigger ? press : null;
    press = { trigger: null, wasOpen: false, touch: false };
    const touch = pointerType === 'touch' || pointerType === 'pen' || (!pointerType && !!pressed?.touch);
    if (trigger.matches('a.term')) {
      // A mouse click or Enter follows the link (hover and focus open the popover); so does a second tap.
      if (!touch || pressed?.wasOpen) return;
    } else if (h.isOpenFor(trigger)) return;
    event.preventDefault();
    window.clearTimeout(openTimer);
    if (!h.isOpenFor(trigger)) h.open(trigger);
  };
  root.addEventListener('pointerover', over);
  root.addEventListener('pointerout', out);
  root.addEventListener('focusin', focus);
  root.addEventListener('pointerdown', down);
  root.addEventListener('click', click);
  root.addEventListener('keydown', keys);
  const cleanup = () => {
    window.clearTimeout(openTimer);
    cancelClose();
    root.removeEventListener('pointerover', over);
    root.removeEventListener('pointerout', out);
    root.removeEventListener('focusin', focus);
    root.removeEventListener('pointerdown', down);
    root.removeEventListener('click', click);
    root.removeEventListener('keydown', keys);
  };
  return { cleanup, cancelClose, scheduleClose };
}
