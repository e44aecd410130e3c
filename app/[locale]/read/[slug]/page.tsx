import type { Metadata } from 'next';
import ReaderPage, { readerMetadata } from '@/components/reader/ReaderPage';
import { routing, type Locale } from '@/i18n/routing';
import { getCorpus } from '@/lib/reader';
import { DEFAULT_READER_PREFS } from '@/lib/reader-prefs';

// The reader as the build renders it, once: the first page with the default settings, a script that
// applies saved ones before the first paint, and a policy of script hashes instead of a nonce
// (scripts/reader-csp.mjs lists them; proxy.ts sends them). Settings in the URL, or saved without
// JavaScript, and the other pages of a long text are rendered per request by ./personal (proxy.ts
// decides, see lib/net/reader-route.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getCorpus().articles.map((article) => ({ locale, slug: article.slug })));
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return readerMetadata(locale, slug);
}

export default async function StaticReaderPage({ params }: Props) {
  const { locale, slug } = await params;
  return <ReaderPage locale={locale} slug={slug} prefs={DEFAULT_READER_PREFS} boot page={1} />;
}
