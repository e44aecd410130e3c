import { VIEWS, toReaderQuery, type ReaderPrefs, type View } from '@/lib/reader-prefs';

type Props = {
  label: string;
  current: View;
  prefs: ReaderPrefs;
  /** The page of a long text shown: the links keep it. */
  page?: number;
  labels: Record<(typeof VIEWS)[number], string>;
  onSelect: (view: View) => void;
  /** The views offered (a phone has no room for side by side), as a row or as a menu's column. */
  views?: readonly (typeof VIEWS)[number][];
  vertical?: boolean;
};

/** The reading views as links (they work without JavaScript), the current one marked. */
export default function ViewSwitch({ label, current, prefs, page = 1, labels, onSelect, views = VIEWS, vertical = false }: Props) {
  return (
    <nav aria-label={label}>
      <ul
        className={`flex gap-1 text-sm ${vertical ? 'flex-col' : 'flex-wrap rounded-lg border border-stone-300 p-1 dark:border-stone-700'}`}
      >
        {views.map((view) => (
          <li key={view}>
            <a
              href={toReaderQuery({ ...prefs, view }, page)}
              aria-current={view === current ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(view);
              }}
              className={`block rounded-md px-3 hover:bg-stone-200 aria-[current=true]:bg-teal-800 aria-[current=true]:text-white dark:hover:bg-stone-800 ${vertical ? 'py-2.5' : 'py-1.5'}`}
            >
              {labels[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
