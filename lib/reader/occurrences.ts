import { pageOfSegment } from '@/lib/paging';
import type { Corpus } from './corpus';
import { segmentsOf } from './corpus';

/** `page`: the page of a long article the segment is on (1 for an article of one page). */
export type Occurrence = { slug: string; segmentId: string; page: number; ko: string; en: string };

/**
 * Every sentence, heading or caption of every article in which a term occurs (in Korean).
 * e.g. findOccurrences(corpus, 'infiniband') → [{ slug, segmentId: 'p03-2', page: 1, ko, en }]
 */
export function findOccurrences(corpus: Corpus, termId: string): Occurrence[] {
  return corpus.articles.flatMap((article) =>
    segmentsOf(article)
      .filter((segment) =>
        corpus.analyses
          .get(article.slug)
          ?.get(segment.id)
          ?.terms.some((t) => t.termId === termId),
      )
      .map((segment) => ({
        slug: article.slug,
        segmentId: segment.id,
        page: pageOfSegment(article, segment.id),
        ko: segment.ko,
        en: segment.en,
      })),
  );
}
