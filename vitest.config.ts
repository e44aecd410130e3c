import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Unit tests run server modules directly, as Next's server build does.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  // Route tests analyse in-thread, whether or not a build has made the worker file.
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    // A generous analysis budget: speed is measured by npm run bench, never asserted in tests.
    env: { HANYEONG_ANALYSE_WORKERS: '0', HANYEONG_ANALYSE_TIMEOUT_MS: '60000' },
    // The first test of a file may load the dictionary and analyse every article: seconds on a busy machine.
    testTimeout: 30_000,
  },
});
