import type { Metadata } from 'next';
import ReaderPage, { readerMetadata } from '@/components/reader/ReaderPage';
import { routing, type Locale } from '@/i18n/routing';
import { pagesOf } from '@/lib/paging';
import { getCorpus } from '@/lib/reader';
import { DEFAULT_READER_PREFS } from '@/lib/reader-prefs';

// Page 2 and on of a long article, rendered once by the build like page 1 (../../page.tsx): readers
// ask for `?page=N` and proxy.ts rewrites it here when the static page suits them (lib/net/reader-route.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getCorpus().articles.flatMap((article) =>
      pagesOf(article)
        .slice(1)
        .map((_, i) => ({ locale, slug: article.slug, page: String(i + 2) })),
    ),
  );
}

type Props = { params: Promise<{ locale: Locale; slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return readerMetadata(locale, slug);
}

export default async function StaticReaderPageN({ params }: Props) {
  const { locale, slug, page } = await params;
  return <ReaderPage locale={locale} slug={slug} prefs={DEFAULT_READER_PREFS} boot page={Number(page)} />;
}
