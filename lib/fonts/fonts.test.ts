import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANJA_BLOCKS, hanjaCss, hanjaSubsets, pretendardCss, pretendardSubsetsModule } from '../../scripts/fonts.mjs';
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
    expect(file('app/hanja.css')).toBe(hanjaCss());
  });
});

describe('the hanja faces (Noto Sans KR)', () => {
  const subsets = hanjaSubsets();
  const covers = (code: number) => subsets.some(({ ranges }) => ranges.some(([a, b]) => a <= code && code <= b));

  it('draw nothing but CJK ideographs: never Hangul, Latin or punctuation, which stay in Pretendard and Arial', () => {
    for (const { ranges } of subsets)
      for (const [first, last] of ranges) {
        expect(first).toBeLessThanOrEqual(last);
        expect(HANJA_BLOCKS.some(([low, high]) => low <= first && last <= high)).toBe(true);
      }
    for (const character of '가힣ㄱAz0,.“%') expect(covers(character.codePointAt(0)!)).toBe(false);
  });

  // Noto Sans KR's web subsets hold the 4,888 hanja of KS X 1001, at the code points that standard
  // maps them to. These 26 of the dictionary's hanja are outside them: mostly variants whose other
  // form KS X 1001 has (強 where it has U+5F3A, 畫 beside 畵, 郎 beside 郞), and a few rare hanja it
  // lacks (鰱, 櫞). A Korean or CJK system font draws them; a machine with none shows a box. A new
  // one here should be a decision, not an accident.
  const OUTSIDE_KS_X_1001 = '冤厖呆姊嬰強惘戲柿栮櫞涼甓畫礙祕豐豬趁郎鄰酲隸頉鰱麪';

  it("cover every hanja in the learner's dictionary but a known few", () => {
    const hanja = new Set<string>();
    for (const name of readdirSync(new URL('../../lexicon/dictionary/', import.meta.url)))
      if (name.endsWith('.tsv'))
        for (const character of file(`lexicon/dictionary/${name}`)) if (/\p{Script=Han}/u.test(character)) hanja.add(character);
    expect(hanja.size).toBeGreaterThan(1000);
    const outside = [...hanja].filter((character) => !covers(character.codePointAt(0)!));
    expect(outside.sort().join('')).toBe(OUTSIDE_KS_X_1001);
    expect(hanja.size - outside.length).toBeGreaterThan(2100);
  });
});
