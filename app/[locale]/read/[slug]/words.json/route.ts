import { routing } from '@/i18n/routing';
import { buildWordPayload, getCorpus } from '@/lib/reader';

export const dynamic = 'force-static';
// Only the pages built by generateStaticParams: any other locale or slug is a 404 that renders,
// and caches, nothing (proxy.ts answers those before they get here).
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getCorpus().articles.map((article) => ({ locale, slug: article.slug })));
}

/** The word popover's data for one article in one UI language, built at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const corpus = getCorpus();
  if (!(routing.locales as readonly string[]).includes(locale) || !corpus.articles.some((a) => a.slug === slug)) {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  return Response.json(buildWordPayload(corpus, slug, locale as 'ko' | 'en'));
}
