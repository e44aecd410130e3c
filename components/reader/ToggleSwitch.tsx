type Props = { label: string; checked: boolean; href: string; onToggle: () => void };

/** An on/off switch that is a link without JavaScript (the server applies it) and a switch with it. */
export default function ToggleSwitch({ label, checked, href, onToggle }: Props) {
  return (
    <a
      href={href}
      role="switch"
      aria-checked={checked}
      onClick={(event) => {
        event.preventDefault();
        onToggle();
      }}
      onKeyDown={(event) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        onToggle();
      }}
      className="inline-flex items-center gap-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm aria-checked:border-teal-800 aria-checked:bg-teal-800 aria-checked:text-white dark:border-stone-700"
    >
      <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full border border-current ${checked ? 'bg-current' : ''}`} />
      {label}
    </a>
  );
}
