import { getPageWords, wordOf, type PageWords } from './page-words';

/** Where a key is text being typed, not a command. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** A word or a term of the Korean column. */
const TRIGGER = '[lang="ko"] a.term, [lang="ko"] .w[data-e]';

/**
 * Whether a key press is the reader's to handle: not while typing in a field, not with Ctrl, Alt or
 * Meta held (the browser's and the system's shortcuts), not inside a modal dialog, not twice.
 */
export function isCommandKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return false;
  const target = event.target;
  if (!(target instanceof Element)) return true;
  return !target.closest(TYPING) && !(target instanceof HTMLElement && target.isContentEditable) && !target.closest('dialog');
}

/**
 * The key as a Latin letter where a Korean keyboard layout gives a jamo: j, k and i are ㅓ, ㅏ and ㅑ
 * in 두벌식, and a learner reading Korean often has it on. e.g. key 'ㅓ', code 'KeyJ' → 'j'
 */
export const latinKey = (event: KeyboardEvent) =>
  /^Key[A-Z]$/.test(event.code) && !/^[a-z]$/i.test(event.key) && event.key !== '?' ? event.code.slice(3).toLowerCase() : event.key;

/** The word or term element an event target is in (Korean column only). */
export const triggerIn = (node: EventTarget | null, root: HTMLElement) => {
  const el =
    node instanceof Element
      ? (node.closest<HTMLElement>('[lang="ko"] a.term') ?? node.closest<HTMLElement>('[lang="ko"] .w[data-e]'))
      : null;
  return el && root.contains(el) ? el : null;
};

/**
 * The word a status key applies to: the focused word; with focus in the word's popover, its word;
 * else the word under the pointer; else the word whose popover is open.
 */
export function keyTarget(root: HTMLElement, hovered: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && root.contains(active) && active.matches(TRIGGER)) return active;
  const anchor = root.querySelector<HTMLElement>('[lang="ko"] [aria-expanded="true"]');
  if (anchor && active && document.getElementById('word-popover')?.contains(active)) return anchor;
  if (hovered && root.contains(hovered)) return hovered;
  return anchor;
}

/** What j/k step over: one stop per term (its first word) and per word outside terms, shown on screen. */
function stops(words: PageWords): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of words.keys()) {
    const stop = el.closest<HTMLElement>('a.term') ?? el;
    if (out.at(-1) !== stop && el.getClientRects().length > 0) out.push(stop);
  }
  return out;
}

/**
 * The next (or previous) word or term shown as new, from `from` (a word, a term, or null: from the top
 * of the screen for next, its bottom for previous). e.g. j on 데이터센터를 → the next new word after it.
 */
export function nextNewWord(from: HTMLElement | null, forward: boolean): HTMLElement | null {
  const words = getPageWords();
  if (!words) return null;
  const all = stops(words);
  const isNew = (stop: HTMLElement) => (stop.matches('.w') ? stop : stop.querySelector('.w'))?.getAttribute('data-status') === 'new';
  const anchor = from?.closest<HTMLElement>('a.term') ?? from;
  let at = anchor ? all.indexOf(anchor) : -1;
  if (at < 0 && anchor) {
    // A word that takes no status (a particle, an adverb): from where it stands in the text.
    const after = all.findIndex((el) => anchor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    at = forward ? (after < 0 ? all.length : after) - 1 : after < 0 ? all.length : after;
  } else if (at < 0) {
    // No word chosen: start from the screen, so j goes to the first new word in view.
    const first = all.findIndex((el) => el.getBoundingClientRect().bottom > 0);
    const last = all.findLastIndex((el) => el.getBoundingClientRect().top < window.innerHeight);
    at = forward ? (first < 0 ? all.length : first) - 1 : (last < 0 ? -1 : last) + 1;
  }
  for (let i = at + (forward ? 1 : -1); i >= 0 && i < all.length; i += forward ? 1 : -1) if (isNew(all[i]!)) return all[i]!;
  return null;
}

/** The Korean of a word or a term as written, without its romanization (<rt>). e.g. 사티아 나델라는 */
export function surfaceOf(el: Element): string {
  const words = el.matches('.w') ? [el] : [...el.querySelectorAll('.w')];
  return words.map((w) => w.firstChild?.textContent ?? '').join(' ');
}

export { wordOf };
