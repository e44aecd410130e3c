import { preload } from 'react-dom';
import { pretendardSubsetsFor } from '@/lib/fonts';

/**
 * Preloads each Pretendard subset the page's text needs, as React resource hints (one
 * `<link rel="preload" as="font">` each in the head; React dedupes them, where rendered <link>
 * elements came out twice in a page the build prerenders). The page's Korean is then drawn in
 * Pretendard from its first paint instead of swapping in subset by subset, which moved lines (CLS)
 * while fallback and arriving subsets mixed.
 */
export function FontPreloads({ texts }: { texts: string[] }) {
  for (const href of pretendardSubsetsFor(...texts)) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return null;
}
