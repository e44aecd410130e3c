import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import ReaderPage, { readerMetadata } from '@/components/reader/ReaderPage';
import type { Locale } from '@/i18n/routing';
import { pagesOf, parsePage } from '@/lib/paging';
import { getCorpus } from '@/lib/reader';
import { READER_COOKIE, readReaderPrefs } from '@/lib/reader-prefs';

// The reader rendered per request with the reader's own settings (from the URL, else the cookie),
// under this response's CSP nonce. proxy.ts rewrites here; the URL the reader sees is the article's.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return readerMetadata(locale, slug);
}

export default async function PersonalReaderPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const search = await searchParams;
  const article = getCorpus().articles.find((a) => a.slug === slug);
  if (!article) notFound();
  // A ?page that is not one of the text's pages is a 404.
  const page = parsePage(search.page, pagesOf(article).length);
  if (page === null) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string') query.set(key, value);
  const prefs = readReaderPrefs(query, (await cookies()).get(READER_COOKIE)?.value);
  return <ReaderPage locale={locale} slug={slug} prefs={prefs} boot={false} page={page} />;
}
