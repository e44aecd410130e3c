// Prints the metric overrides of the 'Pretendard Hangul Fallback' @font-face in app/globals.css,
// from Pretendard-Regular's own metrics. `node scripts/font-fallback.mjs`
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function pretendard() {
  const mod = require('next/dist/compiled/@next/font/dist/fontkit').default;
  const open = mod.default ?? mod;
  return open(readFileSync(require.resolve('pretendard/dist/web/static/woff2/Pretendard-Regular.woff2')));
}

/** The advance of Liberation Sans's .notdef box (748 of 2048 units in Liberation Sans 2, Debian's fonts-liberation). */
export const LIBERATION_NOTDEF_EM = 748 / 2048;

/**
 * The 'Pretendard Hangul Fallback' face: on a machine with no Korean font, Hangul shows as
 * Liberation Sans's .notdef boxes until Pretendard arrives; scaled so that each box is as wide as a
 * Pretendard syllable, with Pretendard's ascent and descent, the swap reflows nothing.
 */
export function pretendardHangulFallback() {
  const font = pretendard();
  const syllable = font.layout('한').glyphs[0].advanceWidth / font.unitsPerEm;
  const size = syllable / LIBERATION_NOTDEF_EM;
  const pct = (value) => `${(value * 100).toFixed(2)}%`;
  return {
    sizeAdjust: pct(size),
    ascentOverride: pct(font.ascent / font.unitsPerEm / size),
    descentOverride: pct(-font.descent / font.unitsPerEm / size),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(pretendardHangulFallback());
