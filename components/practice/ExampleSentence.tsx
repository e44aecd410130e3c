// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Example } from '@/lib/practice/deck';

/** A card's example: the article's sentence with the word marked, its translation and a link to it. */
export default function ExampleSentence({ example, locale }: { example: Example; locale: 'ko' | 'en' }) {
  const t = useTranslations('Practice');
  const id = useId();
  const [start, end] = example.mark ?? [0, 0];
  return (
    <figure aria-labelledby={id} className="mt-4 border-l-4 border-stone-300 pl-3 dark:border-stone-600">
      <figcaption id={id} className="text-sm text-stone-600 dark:text-stone-400">
        {t('example')}
      </figcaption>
      <blockquote lang="ko" className="mt-1 text-lg">
        {example.ko.slice(0, start)}
        {end > start && <mark className="rounded bg-amber-100 px-0.5 text-stone-900">{example.ko.slice(start, end)}</mark>}
        {example.ko.slice(end)}
      </blockquote>
      <p lang="en" className="mt-1 text-stone-700 dark:text-stone-300">
        {example.en}
      </p>
      <a
        href={`/${locale}${example.href ?? `/read/${example.slug}`}#${example.sid}`}
        className="text-sm text-teal-800 underline dark:text-teal-300"
      >
        {t('exampleLink')}
      </a>
    </figure>
  );
}
