/** How the reader lays out the two languages. `auto`: side by side from 1024 px, else interleaved. */
export const VIEWS = ['side', 'ko', 'en', 'interleaved'] as const;
export type View = (typeof VIEWS)[number] | 'auto';
/** The reader's on/off settings: hide the translation, romanization above Korean, status colours. */
export const TOGGLES = ['hide', 'rr', 'st'] as const;
export type Toggle = (typeof TOGGLES)[number];
export type ReaderPrefs = { view: View } & Record<Toggle, boolean>;

export const READER_COOKIE = 'reader';

/** The settings of a reader who has chosen none: the static page is rendered with these. */
export const DEFAULT_READER_PREFS: ReaderPrefs = { view: 'auto', hide: false, rr: false, st: false };

/**
 * The cookie's last field when the page's script wrote it: that browser runs the reader's script,
 * which applies the settings to the static page before its first paint. The proxy writes the cookie
 * without it (a change made by a link, without JavaScript), and such a reader is rendered per request.
 */
export const SCRIPT_MARK = 'j';

type Params = { get(name: string): string | null };

const isView = (value: unknown): value is View => VIEWS.includes(value as (typeof VIEWS)[number]);

/**
 * The reader's settings: the URL wins, then the cookie, then `auto` and off.
 * e.g. readReaderPrefs(?view=ko, 'interleaved.1.0') → { view: 'ko', hide: true, rr: false }
 */
export function readReaderPrefs(params: Params, cookie: string | undefined): ReaderPrefs {
  const [cookieView, ...cookieToggles] = (cookie ?? '').split('.');
  const urlView = params.get('view');
  const prefs: ReaderPrefs = {
    view: isView(urlView) ? urlView : isView(cookieView) ? cookieView : 'auto',
    hide: false,
    rr: false,
    st: false,
  };
  TOGGLES.forEach((toggle, i) => {
    const url = params.get(toggle);
    prefs[toggle] = url === null ? cookieToggles[i] === '1' : url === '1';
  });
  return prefs;
}

/**
 * The cookie value for the settings; `script`: written by the page's script (see SCRIPT_MARK).
 * e.g. { view: 'side', hide: false, rr: true } → 'side.0.1'; with script → 'side.0.1.j'
 */
export function encodeReaderPrefs(prefs: ReaderPrefs, script = false): string {
  return [prefs.view, ...TOGGLES.map((toggle) => (prefs[toggle] ? 1 : 0)), ...(script ? [SCRIPT_MARK] : [])].join('.');
}

/** Whether the cookie was written by the page's script (see SCRIPT_MARK). */
export const writtenByScript = (cookie: string | undefined) => (cookie ?? '').split('.')[TOGGLES.length + 1] === SCRIPT_MARK;

/** Whether these are the default settings (the static page's). */
export const isDefaultPrefs = (prefs: ReaderPrefs) =>
  prefs.view === DEFAULT_READER_PREFS.view && TOGGLES.every((toggle) => prefs[toggle] === DEFAULT_READER_PREFS[toggle]);

/** The query string for the reader URL. e.g. { view: 'ko', hide: true, rr: false } → '?view=ko&hide=1' */
export function toReaderQuery(prefs: ReaderPrefs, page = 1): string {
  const params = new URLSearchParams();
  // A long text's page stays: a view link followed without JavaScript opens the same page.
  if (page > 1) params.set('page', String(page));
  if (prefs.view !== 'auto') params.set('view', prefs.view);
  for (const toggle of TOGGLES) if (prefs[toggle]) params.set(toggle, '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
