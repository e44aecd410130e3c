import { encodeReaderPrefs, READER_COOKIE, toReaderQuery, type ReaderPrefs } from '@/lib/reader-prefs';

/** The reader's root element, rendered by ArticleView. */
export const findReader = () => document.querySelector<HTMLElement>('[data-reader]');

/**
 * Applies the settings to the page, and unless told not to (a Korean-only import forces its own
 * view), to the URL (for sharing) and the cookie (for next time).
 */
export function applyPrefs(root: HTMLElement, prefs: ReaderPrefs, revealLabel: string, persist = true) {
  root.dataset.view = prefs.view;
  root.toggleAttribute('data-hide', prefs.hide);
  root.toggleAttribute('data-rr', prefs.rr);
  if (prefs.rr) addReadings(root);
  root.toggleAttribute('data-st', prefs.st);
  syncMasks(root, prefs.hide, revealLabel);
  if (!persist) return;
  // The page of a long text stays in the address: a reload or a shared link opens the same page.
  const page = new URLSearchParams(location.search).get('page');
  const query = new URLSearchParams(toReaderQuery(prefs));
  if (page) query.set('page', page);
  const search = query.size > 0 ? `?${query}` : '';
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  document.cookie = `${READER_COOKIE}=${encodeReaderPrefs(prefs, true)}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Gives each Korean word its <rt> reading, once: switched off, CSS hides them again. Only appended,
 * never removed, so the server-rendered nodes React knows stay as they were.
 */
function addReadings(root: HTMLElement) {
  for (const word of root.querySelectorAll<HTMLElement>('[lang="ko"] ruby.w[data-rr]')) {
    if (word.querySelector('rt')) continue;
    const rt = document.createElement('rt');
    rt.textContent = word.dataset.rr!;
    word.append(rt);
  }
}

/** Masked English sentences act as buttons that reveal themselves; revealed ones are plain text again. */
export function syncMasks(root: HTMLElement, hide: boolean, revealLabel: string) {
  for (const el of root.querySelectorAll<HTMLElement>('.para [lang="en"] .s')) {
    if (!hide) el.removeAttribute('data-shown');
    if (hide && !el.hasAttribute('data-shown')) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', revealLabel);
    } else reveal(el);
  }
}

/** Shows one masked translation. */
export function reveal(el: HTMLElement) {
  if (el.closest('[data-hide]')) el.setAttribute('data-shown', '');
  el.removeAttribute('role');
  el.removeAttribute('aria-label');
}

/**
 * Marks a sentence and its counterpart as active; with a term, also the same term in both.
 * e.g. hovering “InfiniBand” in p03-2 marks 인피니밴드 in p03-2's Korean.
 */
export function highlight(root: HTMLElement, sid: string | null, termId: string | null = null) {
  for (const el of root.querySelectorAll('[data-active], [data-term-active]')) {
    el.removeAttribute('data-active');
    el.removeAttribute('data-term-active');
  }
  if (!sid) return;
  const scope = `[data-sid="${CSS.escape(sid)}"]`;
  for (const el of root.querySelectorAll(scope)) el.setAttribute('data-active', '');
  if (termId)
    for (const el of root.querySelectorAll(`${scope} [data-term="${CSS.escape(termId)}"]`)) el.setAttribute('data-term-active', '');
}
