import { VIEWS, toReaderQuery, type ReaderPrefs, type View } from '@/lib/reader-prefs';

type Props = {
  label: string;
  current: View;
  prefs: ReaderPrefs;
  labels: Record<(typeof VIEWS)[number], string>;
  onSelect: (view: View) => void;
};

/** The four reading views as links (they work without JavaScript), the current one marked. */
export default function ViewSwitch({ label, current, prefs, labels, onSelect }: Props) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 rounded-lg border border-stone-300 p-1 text-sm dark:border-stone-700">
        {VIEWS.map((view) => (
          <li key={view}>
            <a
              href={toReaderQuery({ ...prefs, view })}
              aria-current={view === current ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(view);
              }}
              className="block rounded-md px-3 py-1.5 hover:bg-stone-200 aria-[current=true]:bg-teal-800 aria-[current=true]:text-white dark:hover:bg-stone-800"
            >
              {labels[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
