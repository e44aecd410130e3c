import { READER_COOKIE, TOGGLES, VIEWS } from '@/lib/reader-prefs';

/**
 * The static reader page's one inline script, run by the parser as the article opens (before any of
 * it is painted): it puts the reader's saved view, hidden translation and status colours from the
 * cookie on the article element, so that the page does not change layout when React starts. It is
 * the same text on every page, so the page's policy allows it by its hash. With the translation
 * hidden it also shows the controls' hint (its text is in the hint's data-hint), as the server would. Romanization is not
 * applied here (it adds a line above every word): a reader with it on is rendered per request.
 * e.g. cookie reader=ko.1.0.0.j → <article data-view="ko" data-hide>
 */
export const READER_BOOT_SCRIPT = `(function(){var m=document.cookie.match(/(?:^|; )${READER_COOKIE}=([^;]*)/);if(!m)return;var p=m[1].split('.'),r=document.currentScript&&document.currentScript.parentElement;if(!r)return;if(${JSON.stringify(
  VIEWS,
)}.indexOf(p[0])>=0)r.setAttribute('data-view',p[0]);${TOGGLES.map((toggle, i) =>
  toggle === 'rr' ? '' : `if(p[${i + 1}]==='1')r.setAttribute('data-${toggle}','');`,
).join(
  '',
)}if(p[${TOGGLES.indexOf('hide') + 1}]==='1'){var h=document.querySelector('[data-hint]');if(h)h.textContent=h.getAttribute('data-hint');}})()`;
