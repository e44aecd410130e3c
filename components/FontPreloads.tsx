import { pretendardSubsetsFor } from '@/lib/fonts';

/**
 * `<link rel="preload" as="font">` for each Pretendard subset the page's text needs (React hoists
 * them into the head). The page's Korean is then drawn in Pretendard from its first paint instead
 * of swapping in subset by subset, which moved lines (CLS) while fallback and arriving subsets mixed.
 */
export function FontPreloads({ texts }: { texts: string[] }) {
  return pretendardSubsetsFor(...texts).map((href) => (
    <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
  ));
}
