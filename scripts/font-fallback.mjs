// Prints the metric overrides of the 'Pretendard Fallback' @font-face in app/globals.css:
// next/font's own fallback formula (Arial scaled to Pretendard's average Latin width, its ascent,
// descent and line gap) applied to Pretendard-Regular. `node scripts/font-fallback.mjs`
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function pretendardFallback() {
  const mod = require('next/dist/compiled/@next/font/dist/fontkit').default;
  const open = mod.default ?? mod;
  const { getFallbackMetricsFromFontFile } = require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file.js');
  const font = open(readFileSync(require.resolve('pretendard/dist/web/static/woff2/Pretendard-Regular.woff2')));
  return getFallbackMetricsFromFontFile(font, 'sans-serif');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(pretendardFallback());
