import { routing } from '@/i18n/routing';
import { idsOf, pagesOf, parsePage } from '@/lib/paging';
import { buildWordPayload, getCorpus } from '@/lib/reader';

export const dynamic = 'force-static';
// Only the pages built below: any other page is a 404 that renders, and caches, nothing.
export const dynamicParams = false;

/** Every page of every article longer than one page, in both UI languages. */
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getCorpus().articles.flatMap((article) => {
      const pages = pagesOf(article);
      return pages.length < 2 ? [] : pages.map((_, i) => ({ locale, slug: article.slug, page: String(i + 1) }));
    }),
  );
}

/** The word popover's data for one page of a long article, in one UI language, built at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; page: string }> }) {
  const { locale, slug, page } = await params;
  const corpus = getCorpus();
  const article = corpus.articles.find((a) => a.slug === slug);
  const number = article ? parsePage(page, pagesOf(article).length) : null;
  if (!(routing.locales as readonly string[]).includes(locale) || !article || number === null) {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  return Response.json(
    buildWordPayload(corpus, slug, locale as 'ko' | 'en', new Set([article.title.id, ...idsOf(pagesOf(article)[number - 1]!)])),
  );
}
