'use client';

import { usePathname } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';

type Props = { locale: Locale; label: string; names: Record<Locale, string> };

/** The same place in the other language: with the query too (a long article's ?page=3), which usePathname leaves out. */
function keepPlace(link: HTMLAnchorElement, path: string) {
  if (window.location.search) link.href = `${path}${window.location.search}`;
}

/** Links to the same page in each UI language; plain links, so they work without JavaScript. */
export default function LocaleSwitcher({ locale, label, names }: Props) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <ul aria-label={label} className="flex gap-1 rounded-md border border-stone-300 p-0.5 dark:border-stone-700">
      {routing.locales.map((target) => (
        <li key={target}>
          <a
            href={`/${target}${rest}`}
            hrefLang={target}
            lang={target}
            aria-current={target === locale ? 'page' : undefined}
            onClick={(event) => keepPlace(event.currentTarget, `/${target}${rest}`)}
            className="block rounded px-2 py-1 aria-[current=page]:bg-teal-800 aria-[current=page]:text-white"
          >
            {names[target]}
          </a>
        </li>
      ))}
    </ul>
  );
}
