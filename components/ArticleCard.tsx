import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content';
import KnownCount from './KnownCount';

type Props = { article: Article; meta: string[]; wordIds: string[] };

/** A library card: the title in both languages and what reading it takes. */
export default function ArticleCard({ article, meta, wordIds }: Props) {
  return (
    <article className="relative h-full rounded-xl border border-stone-200 bg-white p-5 shadow-sm transition hover:shadow-md focus-within:ring-3 focus-within:ring-teal-600 dark:border-stone-800 dark:bg-stone-900">
      <h2 className="text-lg font-semibold leading-snug">
        <Link href={`/read/${article.slug}`} className="after:absolute after:inset-0 focus:outline-none">
          <span lang="ko" className="ko block">
            {article.title.ko}
          </span>
          <span lang="en" className="mt-1 block text-base font-normal text-stone-700 dark:text-stone-300">
            {article.title.en}
          </span>
        </Link>
      </h2>
      <p className="mt-3 flex gap-3 text-sm text-stone-600 dark:text-stone-400">
        {meta.map((item) => (
          <span key={item}>{item}</span>
        ))}
      </p>
      {/* Reserved height: the count arrives after storage is read, without shifting the page. */}
      <p className="mt-1 min-h-5 text-sm font-medium text-teal-900 dark:text-teal-200">
        <KnownCount wordIds={wordIds} />
      </p>
    </article>
  );
}
