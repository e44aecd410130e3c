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
  test: { include: ['**/*.test.ts'], exclude: ['node_modules/**', '.next/**', 'e2e/**'], env: { HANYEONG_ANALYSE_WORKERS: '0' } },
});
