import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pretendardCss, pretendardSubsetsModule } from '../../scripts/fonts.mjs';
import { pretendardSubsetsFor } from '.';

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const subsetOf = (url: string) => Number(/subset\.(\d+)\.woff2$/.exec(url)?.[1]);

describe('pretendardSubsetsFor', () => {
  it.each([
    ['한국어', 1],
    ['마이크로소프트는 데이터센터를', 3],
  ])('%s needs Hangul subsets only', (text, atLeast) => {
    const urls = pretendardSubsetsFor(text);
    expect(urls.length).toBeGreaterThanOrEqual(atLeast);
    for (const url of urls) expect(url).toMatch(/^\/fonts\/pretendard-[\d.]+\/Pretendard-Regular\.subset\.\d+\.woff2$/);
  });

  it('needs nothing for Latin, digits and general punctuation (drawn by the Latin face)', () => {
    expect(pretendardSubsetsFor('Microsoft 300 “AI” – 2025…')).toEqual([]);
  });

  it('lists each subset once, in the order of first use', () => {
    const one = pretendardSubsetsFor('가');
    const both = pretendardSubsetsFor('가', '가각힣');
    expect(both[0]).toBe(one[0]);
    expect(new Set(both).size).toBe(both.length);
  });

  it('finds the fullwidth forms and compatibility ideographs in subset 0', () => {
    expect(pretendardSubsetsFor('％').map(subsetOf)).toEqual([0]);
  });
});

describe('the generated font files', () => {
  it('app/pretendard.css and lib/fonts/pretendard-subsets.ts match the installed package (node scripts/fonts.mjs --write)', () => {
    expect(file('app/pretendard.css')).toBe(pretendardCss());
    expect(file('lib/fonts/pretendard-subsets.ts')).toBe(pretendardSubsetsModule());
  });
});
