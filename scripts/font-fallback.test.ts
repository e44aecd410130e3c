import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pretendardHangulFallback } from './font-fallback.mjs';

const css = readFileSync(new URL('../app/globals.css', import.meta.url), 'utf8');
const faceOf = (family: string) => new RegExp(`@font-face\\s*{[^}]*font-family:\\s*'${family}'[^}]*}`).exec(css)?.[0] ?? '';
const hangulFace = faceOf('Pretendard Hangul Fallback');
const descriptor = (name: string) => new RegExp(`${name}:\\s*([\\d.]+)%`).exec(hangulFace)?.[1];

describe('the font faces in globals.css', () => {
  it("scale Liberation Sans's .notdef box to a Pretendard Hangul syllable, for Hangul only", () => {
    const m = pretendardHangulFallback();
    expect(hangulFace).toMatch(/local\('Liberation Sans'\)/);
    expect(hangulFace).toMatch(/unicode-range:[^;]*U\+AC00-D7A3/);
    expect(Number(descriptor('size-adjust'))).toBeCloseTo(parseFloat(m.sizeAdjust), 2);
    expect(Number(descriptor('ascent-override'))).toBeCloseTo(parseFloat(m.ascentOverride), 2);
    expect(Number(descriptor('descent-override'))).toBeCloseTo(parseFloat(m.descentOverride), 2);
  });

  it("keep Latin out of Pretendard, and the Hangul fallback first (its boxes, not Arial's, for missing Hangul)", () => {
    expect(faceOf('Hanyeong Latin')).toMatch(/unicode-range:\s*U\+0000-00FF,/);
    expect(faceOf('Hanyeong Latin')).not.toMatch(/U\+AC00/);
    expect(css).toMatch(/--font-sans:\s*'Pretendard Hangul Fallback', 'Hanyeong Latin', Pretendard,/);
  });
});
