import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { DATA_CSP, SECURITY_HEADERS } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next would hash each page's whole HTML on every request for its ETag (a 200 KB reader page: the reader
  // served about 25 % more requests a second without it). The static reader pages get theirs from the build (proxy.ts).
  generateEtags: false,
  // Static generation on every core (Next's default leaves one to its own process, idle meanwhile): with
  // ten long articles the build renders about 270 pages, 40 s on one worker and 30 s on two (2 cores).
  experimental: { cpus: availableParallelism() },
  // proxy.ts sees the URL the server was asked for (its own host), not one Next rewrote to "localhost":
  // otherwise, on a server bound to a loopback address (`next start -H 127.0.0.1`, as behind a reverse
  // proxy), Next takes every rewrite of ours (page N, personal settings) for another origin and fetches it
  // over HTTP from itself (vercel/next.js#94745): twice the work, and a 500 when that hop fails.
  skipProxyUrlNormalize: true,
  // Content files are read at run time by path; make sure they are traced into the server build.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './glossary/**/*', './lexicon/**/*'] },
  // The ko-dic analyser is a 42 MB wasm that the Node package loads itself; never bundle it.
  // piscina starts its own worker script by path; keep it a plain Node package too.
  serverExternalPackages: ['lindera-wasm-nodejs-cjk', 'piscina'],
  // Pages get their nonce-based policy from proxy.ts; everything else gets these.
  async headers() {
    const common = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      { source: '/:path*', headers: common },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }] },
      { source: '/:file(glossary\\.csv|glossary\\.tsv)', headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }] },
      { source: '/:locale/read/:slug/words.json', headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }] },
      // The Korean font's subsets (scripts/fonts.mjs), served without the proxy: the data policy here.
      { source: '/fonts/:version/:file', headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
