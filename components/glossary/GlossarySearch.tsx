'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { matchesQuery } from '@/lib/glossary/browser';

type Props = { initialQuery: string; initialShown: number; total: number };

/**
 * The glossary search: a GET form (it works without JavaScript, the server filters), which with
 * JavaScript filters as you type and keeps the query in the URL.
 */
export default function GlossarySearch({ initialQuery, initialShown, total }: Props) {
  const t = useTranslations('Glossary');
  const [query, setQuery] = useState(initialQuery);
  const [shown, setShown] = useState(initialShown);

  const search = (next: string) => {
    setQuery(next);
    let count = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-search-key]')) {
      const match = matchesQuery(item.dataset.searchKey ?? '', next);
      item.hidden = !match;
      if (match) count++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-category]')) {
      group.hidden = !group.querySelector('[data-search-key]:not([hidden])');
    }
    setShown(count);
    const url = new URL(location.href);
    if (next.trim()) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  return (
    <form role="search" method="get" className="mt-6" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="glossary-q" className="block text-sm font-semibold">{t('searchLabel')}</label>
      <div className="mt-1 flex gap-2">
        <input
          id="glossary-q"
          name="q"
          type="search"
          value={query}
          maxLength={100}
          onChange={(event) => search(event.target.value)}
          placeholder={t('searchPlaceholder')}
          className="w-full max-w-md rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
        <button type="submit" className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">{t('searchButton')}</button>
      </div>
      <p role="status" className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {query.trim() ? t('results', { count: shown, query: query.trim() }) : t('total', { count: total })}
      </p>
    </form>
  );
}
