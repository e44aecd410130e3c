import { encodeReaderPrefs, READER_COOKIE, toReaderQuery, type View } from '@/lib/reader-prefs';

/** The reader's root element, rendered by ArticleView. */
export const findReader = () => document.querySelector<HTMLElement>('[data-reader]');

/** Applies a view and hide setting to the page, the URL (for sharing) and the cookie (for next time). */
export function applyPrefs(root: HTMLElement, view: View, hide: boolean, revealLabel: string) {
  root.dataset.view = view;
  root.toggleAttribute('data-hide', hide);
  syncMasks(root, hide, revealLabel);
  const url = `${location.pathname}${toReaderQuery(view, hide)}${location.hash}`;
  history.replaceState(history.state, '', url);
  document.cookie = `${READER_COOKIE}=${encodeReaderPrefs(view, hide)}; path=/; max-age=31536000; samesite=lax`;
}

/** Masked English sentences act as buttons that reveal themselves; revealed ones are plain text again. */
export function syncMasks(root: HTMLElement, hide: boolean, revealLabel: string) {
  for (const el of root.querySelectorAll<HTMLElement>('.para [lang="en"] .s')) {
    const masked = hide && !el.hasAttribute('data-shown');
    el.toggleAttribute('data-shown', hide ? el.hasAttribute('data-shown') : false);
    if (masked) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', revealLabel);
    } else {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
}

/** Marks every element of one sentence id as active (both languages), clearing the previous one. */
export function highlight(root: HTMLElement, sid: string | null) {
  for (const el of root.querySelectorAll('[data-active]')) el.removeAttribute('data-active');
  if (!sid) return;
  for (const el of root.querySelectorAll(`[data-sid="${CSS.escape(sid)}"]`)) el.setAttribute('data-active', '');
}

/** Shows one masked translation. */
export function reveal(el: HTMLElement) {
  el.setAttribute('data-shown', '');
  el.removeAttribute('role');
  el.removeAttribute('aria-label');
}
