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
  alias: { '@': '.' },
  logLevel: 'warning',
});
