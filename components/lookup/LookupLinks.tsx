// Rendered inside a client island (the word popover); no boundary of its own.
import { Fragment } from 'react';
import { lookupUrl } from '@/lib/lookup';
import { useLookups } from './lookup-store';

/** Interface text for the look-up links, translated by the server parent (namespace "Lookup"). */
export type LookupLabels = { lookUpIn: string; opensInNewTab: string };

type Props = { lemma: string; labels: LookupLabels };

/** "Look up in: krdict · Naver · Wiktionary": the lemma in each of this browser's dictionaries, in a new tab. */
export default function LookupLinks({ lemma, labels }: Props) {
  const { value } = useLookups();
  if (!lemma.trim() || value.dictionaries.length === 0) return null;
  return (
    <p className="flex flex-wrap items-baseline gap-x-1.5 text-sm">
      <span className="text-stone-600 dark:text-stone-400">{labels.lookUpIn}</span>
      {value.dictionaries.map((dictionary, i) => (
        <Fragment key={dictionary.id}>
          {i > 0 && (
            <span aria-hidden="true" className="text-stone-400 dark:text-stone-500">
              ·
            </span>
          )}
          <a
            href={lookupUrl(dictionary.template, lemma)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-6 items-center rounded-sm font-medium text-teal-900 underline underline-offset-2 hover:no-underline dark:text-teal-200"
          >
            {dictionary.name}
            <span className="sr-only"> {labels.opensInNewTab}</span>
          </a>
        </Fragment>
      ))}
    </p>
  );
}
