import { describe, expect, it } from 'vitest';
import { TITLE_CHARS, untitledTitle } from './index';
import { sentenceCue } from './title';

describe('untitledTitle: an untitled import is named by its first words', () => {
  const first = '마이크로소프트는 AI 데이터센터에 수십조 원을 쏟아부으며 경쟁에 나섰습니다.';

  it('takes the first words of the first sentence, not the sentence', () => {
    expect(untitledTitle(first)).toBe('마이크로소프트는 AI 데이터센터에 수십조 원을…');
  });

  it('never repeats a short first sentence whole', () => {
    expect(untitledTitle('오늘은 날씨가 좋습니다.')).toBe('오늘은 날씨가…');
    expect(untitledTitle('안녕하세요 여러분')).toBe('안녕하세요…');
    for (const s of [first, '오늘은 날씨가 좋습니다.', '가 나 다 라 마 바']) {
      const title = untitledTitle(s)!;
      expect(s.startsWith(title.slice(0, -1))).toBe(true);
      expect(title.slice(0, -1).length).toBeLessThan(s.length - 1);
    }
  });

  it('stays short, cut on a word where it can', () => {
    const long = '초대형언어모델학습용데이터센터네트워크가 빠르게 확장되고 있습니다.';
    expect([...untitledTitle(long)!].length).toBeLessThanOrEqual(TITLE_CHARS + 1);
    expect(untitledTitle('하나 둘 셋 넷 다섯 여섯 일곱.')).toBe('하나 둘 셋 넷 다섯…');
  });

  it('drops punctuation before the ellipsis', () => {
    expect(untitledTitle('그러나, 결과는 달랐다.')).toBe('그러나, 결과는…');
    expect(untitledTitle('그러나, 결과는.')).toBe('그러나…');
  });

  it('gives none for a one-word or empty sentence, so the caller says "Untitled"', () => {
    expect(untitledTitle('안녕하세요.')).toBeNull();
    expect(untitledTitle('   ')).toBeNull();
    expect(untitledTitle(undefined)).toBeNull();
  });
});

describe('sentenceCue', () => {
  it('shows a short sentence whole', () => {
    expect(sentenceCue('네.')).toBe('네.');
    expect(sentenceCue('  사람들이   놀랐습니다. ')).toBe('사람들이 놀랐습니다.');
  });
  it('shows the first words of a longer one, and an ellipsis', () => {
    expect(sentenceCue('서울시가 내년부터 지하철 요금을 올린다.')).toBe('서울시가 내년부터 지하철…');
    expect(sentenceCue('기본요금은 1,400원에서 1,550원으로 150원 오른다.')).toBe('기본요금은 1,400원에서…');
  });
  it('drops punctuation before the ellipsis, and cuts a single long word', () => {
    expect(sentenceCue('그러나, 결과는 예상과 완전히 달랐다.')).toBe('그러나, 결과는 예상과…');
    expect(sentenceCue('초거대인공지능데이터센터건설계획발표회가 열렸다.')).toBe('초거대인공지능데이터센터건설계획발표…');
  });
});
