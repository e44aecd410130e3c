/** How the reader lays out the two languages. `auto`: side by side from 1024 px, else interleaved. */
export const VIEWS = ['side', 'ko', 'en', 'interleaved'] as const;
export type View = (typeof VIEWS)[number] | 'auto';
export type ReaderPrefs = { view: View; hide: boolean; cookie: string };

export const READER_COOKIE = 'reader';

type Params = { get(name: string): string | null };

const isView = (value: unknown): value is View => VIEWS.includes(value as (typeof VIEWS)[number]);

/**
 * The reader's view and hide-translation settings: the URL wins, then the cookie, then `auto`.
 * e.g. readReaderPrefs(?view=ko, 'interleaved.1') → { view: 'ko', hide: true, cookie: 'ko.1' }
 */
export function readReaderPrefs(params: Params, cookie: string | undefined): ReaderPrefs {
  const [cookieView, cookieHide] = (cookie ?? '').split('.');
  const urlView = params.get('view');
  const urlHide = params.get('hide');
  const view: View = isView(urlView) ? urlView : isView(cookieView) ? cookieView : 'auto';
  const hide = urlHide === null ? cookieHide === '1' : urlHide === '1';
  return { view, hide, cookie: encodeReaderPrefs(view, hide) };
}

/** The cookie value for a view and hide setting. e.g. ('side', false) → 'side.0' */
export function encodeReaderPrefs(view: View, hide: boolean): string {
  return `${view}.${hide ? 1 : 0}`;
}

/** The query string for the reader URL. e.g. ('ko', true) → '?view=ko&hide=1' */
export function toReaderQuery(view: View, hide: boolean): string {
  const params = new URLSearchParams();
  if (view !== 'auto') params.set('view', view);
  if (hide) params.set('hide', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
