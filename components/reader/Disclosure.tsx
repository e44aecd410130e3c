'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  name: string;
  summary: ReactNode;
  /** The summary's accessible name, when its visible text is not the whole of it. */
  label?: string;
  children: ReactNode;
  closeOnLink?: boolean;
  align?: 'start' | 'end';
};

/**
 * One item of the phone bar: a <details>, so it opens and closes without JavaScript and by
 * keyboard (Enter or Space on its summary). Items sharing a `name` are exclusive: opening one
 * closes the other. With script, Escape, a tap outside and (for menus) a choice close it too.
 */
export default function Disclosure({ name, summary, label, children, closeOnLink = false, align = 'start' }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  // Unknown until script runs: without it, the summary's native state is what assistive technology reads.
  const [open, setOpen] = useState<boolean>();

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const sync = () => setOpen(details.open);
    sync();
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const chosen = (event: MouseEvent) => {
      if (closeOnLink && event.target instanceof Element && event.target.closest('a')) details.open = false;
    };
    details.addEventListener('toggle', sync);
    details.addEventListener('keydown', escape);
    details.addEventListener('click', chosen);
    const outside = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', outside);
    return () => {
      details.removeEventListener('toggle', sync);
      details.removeEventListener('keydown', escape);
      details.removeEventListener('click', chosen);
      document.removeEventListener('pointerdown', outside);
    };
  }, [closeOnLink]);

  return (
    <details ref={ref} name={name} className="group relative">
      {/* role="button" (what browsers expose a summary as) with its state, the same for every tool once script runs. */}
      <summary
        role="button"
        aria-expanded={open}
        aria-label={label}
        className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 text-sm dark:border-stone-700 dark:bg-stone-900 [&::-webkit-details-marker]:hidden"
      >
        {summary}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div
        className={`absolute ${align === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 w-max min-w-full max-w-[calc(100vw-2rem)] rounded-lg border border-stone-300 bg-white p-2 shadow-lg dark:border-stone-700 dark:bg-stone-900`}
      >
        {children}
      </div>
    </details>
  );
}
