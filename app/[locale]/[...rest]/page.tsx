import { notFound } from 'next/navigation';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

// Any path under a supported locale that no route serves: the localized 404.
export default function CatchAll() {
  notFound();
}
