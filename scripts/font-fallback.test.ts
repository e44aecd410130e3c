import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pretendardFallback } from './font-fallback.mjs';

const css = readFileSync(new URL('../app/globals.css', import.meta.url), 'utf8');
const face = /@font-face\s*{[^}]*font-family:\s*'Pretendard Fallback'[^}]*}/.exec(css)?.[0] ?? '';
const descriptor = (name: string) => new RegExp(`${name}:\\s*([\\d.]+)%`).exec(face)?.[1];

describe('the Pretendard fallback face in globals.css', () => {
  it('scales Arial to the shipped Pretendard, with the numbers next/font would compute', () => {
    const m = pretendardFallback();
    expect(m.fallbackFont).toBe('Arial');
    expect(face).toMatch(/local\('Arial'\)/);
    expect(Number(descriptor('size-adjust'))).toBeCloseTo(parseFloat(m.sizeAdjust), 2);
    expect(Number(descriptor('ascent-override'))).toBeCloseTo(parseFloat(m.ascentOverride), 2);
    expect(Number(descriptor('descent-override'))).toBeCloseTo(parseFloat(m.descentOverride), 2);
    expect(Number(descriptor('line-gap-override'))).toBeCloseTo(parseFloat(m.lineGapOverride), 2);
  });

  it('comes right after Pretendard in the UI font stack', () => {
    expect(css).toMatch(/--font-sans:\s*Pretendard, 'Pretendard Fallback',/);
  });
});
