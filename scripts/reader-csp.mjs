// After `next build`: the script hashes of each static reader page, for its Content-Security-Policy.
// The build renders each reader page once (app/[locale]/read/[slug]/page.tsx); its HTML has Next's
// inline scripts (the page's data for React) and the boot script (components/reader/reader-boot.ts).
// proxy.ts sends these hashes in place of a nonce (lib/net/reader-route.ts). A page without an
// entry here is rendered per request under a nonce, so a missing file costs speed, never safety.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const APP = '.next/server/app';
const OUT = '.next/reader-csp.json';
const ETAGS = '.next/reader-etags.json';

/** The text of every inline script (no src) of an HTML page, as the browser hashes it. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1])).map((m) => m[2]);
}

/**
 * A page's ETag, the same for the same HTML: W/"r-<22 base64url characters of its sha256>". Weak, for
 * the page may be sent gzipped or not (a strong one names one set of bytes); If-None-Match compares weakly.
 */
export const etagOf = (html) => `W/"r-${createHash('sha256').update(html, 'utf8').digest('base64url').slice(0, 22)}"`;

/** The CSP source of a script's text: sha256-<base64>. */
export const hashOf = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

function main() {
  const hashes = {};
  const etags = {};
  if (existsSync(APP))
    for (const locale of readdirSync(APP)) {
      const dir = path.join(APP, locale, 'read');
      if (!existsSync(dir)) continue;
      const add = (file, route) => {
        const html = readFileSync(file, 'utf8');
        hashes[route] = [...new Set(inlineScripts(html).map(hashOf))];
        etags[route] = etagOf(html);
      };
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
        const slug = file.slice(0, -'.html'.length);
        add(path.join(dir, file), `/${locale}/read/${slug}`);
        // Page 2 and on of a long article: read/<slug>/pages/<n>.html
        const pages = path.join(dir, slug, 'pages');
        if (existsSync(pages))
          for (const page of readdirSync(pages).filter((name) => name.endsWith('.html')))
            add(path.join(pages, page), `/${locale}/read/${slug}/pages/${page.slice(0, -'.html'.length)}`);
      }
    }
  writeFileSync(OUT, JSON.stringify(hashes));
  // The same pages' ETags: Next's own (generateEtags) hashes the whole HTML again on every request.
  writeFileSync(ETAGS, JSON.stringify(etags));
  const counts = Object.values(hashes).map((list) => list.length);
  console.log(`reader-csp: ${counts.length} static reader pages, ${Math.max(0, ...counts)} script hashes at most (${OUT})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
