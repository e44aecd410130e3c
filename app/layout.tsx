import type { ReactNode } from 'react';
// Pretendard (SIL OFL 1.1, the `pretendard` npm package), self-hosted: 92 unicode-range subsets per
// weight, so a page downloads only the subsets its characters fall in. One weight, Regular: the
// browser emboldens it for font-semibold/bold. A second weight would be another ~100 KB of subsets
// at the reader's first load (budget 300 KB, scripts/bench.mjs).
import 'pretendard/dist/web/static/Pretendard-Regular.css';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx so that it carries the UI language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
