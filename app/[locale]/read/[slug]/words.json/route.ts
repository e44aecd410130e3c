import { routing } from '@/i18n/routing';
import { pagesOf } from '@/lib/paging';
import { buildWordPayload, getCorpus } from '@/lib/reader';

export const dynamic = 'force-static';
// Only the pages built by generateStaticParams: any other locale or slug is a 404 that renders,
// and caches, nothing (proxy.ts answers those before they get here).
export const dynamicParams = false;

// A long article's reader fetches its pages' data (pages/N/words.json), never the whole of it: the build
// does not make it (ten long articles: twenty 1.5 MB files, about 4 s of the build).
export function generateStaticParams() {
  const whole = getCorpus().articles.filter((article) => pagesOf(article).length < 2);
  return routing.locales.flatMap((locale) => whole.map((article) => ({ locale, slug: article.slug })));
}

/** The word popover's data for one article in one UI language, built at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  if (!(routing.locales as readonly string[]).includes(locale) || !article || pagesOf(article).length > 1) {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  return Response.json(buildWordPayload(corpus, slug, locale as 'ko' | 'en'));
}
