import type { ReactNode } from 'react';
// Pretendard (SIL OFL 1.1, the `pretendard` npm package), self-hosted: 92 unicode-range subsets per
// weight, so a page downloads only the subsets its characters fall in. One weight, Regular: the
// browser emboldens it for font-semibold/bold. A second weight would be another ~100 KB of subsets
// at the reader's first load (budget 300 KB, scripts/bench.mjs). Served from stable URLs
// (scripts/fonts.mjs copies them to public/fonts), so that a page can preload the subsets its
// text uses (lib/fonts).
import './pretendard.css';
// Hanja, which Pretendard lacks: Noto Sans KR's ideograph subsets (scripts/fonts.mjs), none of
// them downloaded by a page without a hanja on it.
import './hanja.css';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx so that it carries the UI language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
