import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Content files are read at run time by path; make sure they are traced into the server build.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './glossary/**/*', './lexicon/**/*'] },
  // The ko-dic analyser is a 42 MB wasm that the Node package loads itself; never bundle it.
  serverExternalPackages: ['lindera-wasm-nodejs-cjk'],
};

export default withNextIntl(nextConfig);
