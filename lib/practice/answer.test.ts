import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answer';

describe('a typed answer with a particle: the form must suit the word', () => {
  it.each([
    // Wrong forms of the particle: the word is right, the particle is not
    ['서버을', '서버', '을', '를'],
    ['인피니밴드으로', '인피니밴드', '으로', '로'],
    ['엔비디아이', '엔비디아', '이', '가'],
    ['서울으로', '서울', '으로', '로'],
    ['시스템는', '시스템', '는', '은'],
    ['규모과', '규모', '과', '와'],
    ['GPU이', 'GPU', '이', '가'],
    ['GB200는', 'GB200', '는', '은'],
    ['AMD을', 'AMD', '을', '를'],
    ['오픈AI이', '오픈AI', '이', '가'],
    ['구글가', '구글', '가', '이'],
    ['블랙웰 울트라을', '블랙웰 울트라', '을', '를'],
  ])('%s is the wrong form of the particle after %s', (input, expected, given, right) => {
    expect(checkAnswer(input, expected)).toEqual({
      correct: false,
      expected,
      note: 'allomorph',
      particle: { word: expected, given, right },
    });
  });

  it.each([
    ['서버를', '서버'],
    ['인피니밴드로', '인피니밴드'],
    ['엔비디아가', '엔비디아'],
    ['서울로', '서울'],
    ['GPU가', 'GPU'],
    ['gpu를', 'GPU'],
    ['GB200은', 'GB200'],
    ['AMD와', 'AMD'],
    ['오픈AI가', '오픈AI'],
    ['데이터센터에서는', '데이터센터'],
  ])('%s is right for %s', (input, expected) => {
    expect(checkAnswer(input, expected)).toEqual({ correct: true, expected, note: 'particle' });
  });
});

describe('accepted alternatives: aliases and standard spellings', () => {
  it.each([
    ['인공지능', 'AI', ['인공지능'], '인공지능'],
    ['인공지능을', 'AI', ['인공지능'], '인공지능'],
    ['샘 올트먼', '샘 알트만', ['샘 올트먼'], '샘 올트먼'],
    ['샘올트먼이', '샘 알트만', ['샘 올트먼'], '샘 올트먼'],
    ['최고경영자', 'CEO', ['최고경영자'], '최고경영자'],
  ])('%s is accepted for %s', (input, expected, accepted, matched) => {
    expect(checkAnswer(input, expected, accepted)).toEqual({ correct: true, expected, note: 'alias', matched });
  });

  it.each([
    ['인공지능가', 'AI', ['인공지능'], '가', '이'],
    ['샘 올트먼가', '샘 알트만', ['샘 올트먼'], '가', '이'],
  ])('%s: an alias with the wrong particle form is still wrong', (input, expected, accepted, given, right) => {
    const check = checkAnswer(input, expected, accepted);
    expect([check.correct, check.note, check.particle?.given, check.particle?.right]).toEqual([false, 'allomorph', given, right]);
  });

  it('an answer that is neither the word nor an alias is wrong', () => {
    expect(checkAnswer('인공', 'AI', ['인공지능'])).toEqual({ correct: false, expected: 'AI', note: null });
  });
});
