import { describe, expect, it } from 'vitest';
import { headwordOf } from './headword';

describe('headwordOf', () => {
  it.each([
    ['빌렸다.', '빌렸다'],
    ['지금,', '지금'],
    ['있습니다.”', '있습니다'],
    ['“AI', 'AI'],
    ['(엔비디아', '엔비디아'],
    ['정말요?!', '정말요'],
    ['그래서…', '그래서'],
    ['「소나기」를', '「소나기」를'],
    ['(주)', '(주)'],
    ['“반도체”가', '“반도체”가'],
    ['인피니밴드(InfiniBand)로', '인피니밴드(InfiniBand)로'],
    ['3.5%', '3.5%'],
    ['"AI"', 'AI'],
    ["'좋아요'라고", "'좋아요'라고"],
    ['.', '.'],
    ['‘새로운’', '새로운'],
    ['“AI”.', 'AI'],
    ['"좋습니다"라고', '"좋습니다"라고'],
    ['《토지》', '토지'],
  ])('%s → %s', (surface, expected) => {
    expect(headwordOf(surface)).toBe(expected);
  });
});
