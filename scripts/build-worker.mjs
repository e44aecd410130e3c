// After `next build`: bundles the analysis worker (lib/reader/analyse-worker.ts) to
// .next/analyse-worker.mjs. npm packages stay external and load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/reader/analyse-worker.ts'],
  outfile: '.next/analyse-worker.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  // The worker is server code: the server-only guard resolves to its empty module, as in Next's server build.
  alias: { '@': '.', 'server-only': './node_modules/server-only/empty.js' },
  logLevel: 'warning',
});
