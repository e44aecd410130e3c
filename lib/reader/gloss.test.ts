import { describe, expect, it } from 'vitest';
import { compileDictionary, parseDictionaryFile } from '@/lib/dictionary';
import { analyseKorean, findNumberExpressions, suggestFromEnglish } from '@/lib/korean';
import { getCorpus } from './corpus';
import { glossEojeol } from './gloss';

// A small dictionary, so that each fallback is reached on purpose.
const dictionary = compileDictionary(
  parseDictionaryFile(
    [
      '영업\tnoun\tbusiness ; sales\t營業\tB',
      '이익\tnoun\tprofit\t利益\tB',
      '성공\tnoun\tsuccess\t成功\tA',
      '반도체\tnoun\tsemiconductor ; chip\t半導體\tB',
      '거두다\tverb\tto achieve (results)\t-\tB',
      '조용하다\tadjective\tquiet\t-\tA',
      '우유\tnoun\tmilk\t牛乳\tA',
      '헐\tinterjection\twhoa\t-\tB',
      '투명하다\tadjective\ttransparent ; clear\t透明\tB',
    ].join('\n'),
    'test.tsv',
  ),
);
const real = getCorpus();
const corpus = { ...real, dictionary, glosses: { 발표하다: 'to announce' } };

/** The gloss of the eojeol that starts with `word` in `text`. */
function glossOf(text: string, word: string, english?: string) {
  const analysis = analyseKorean(text, corpus.lexicon);
  const eojeol = analysis.eojeols.find((e) => e.surface.startsWith(word))!;
  const context = {
    numbers: findNumberExpressions(text),
    ...(english ? { suggest: (k: string) => suggestFromEnglish(k, english)?.english ?? null } : {}),
  };
  return glossEojeol(corpus, eojeol, context);
}

describe('where a gloss comes from, in order', () => {
  it.each([
    ['인피니밴드로 연결되어', '인피니밴드로', { text: 'InfiniBand', source: 'glossary' }],
    ['새 모델을 발표했습니다.', '발표했습니다', { text: 'to announce', source: 'article' }],
    ['반도체 수요가 늘었다.', '반도체', { text: 'semiconductor; chip', source: 'dictionary', hanja: '半導體' }],
    ['좋은 실적을 거뒀다.', '거뒀다', { text: 'to achieve (results)', source: 'dictionary' }],
  ])('%s: %s', (text, word, expected) => {
    expect(glossOf(text, word)).toEqual(expected);
  });
});

describe('what no lexicon lists', () => {
  it.each([
    [
      '영업이익은 늘었다.',
      '영업이익은',
      {
        text: 'business + profit',
        source: 'compound',
        parts: [
          { lemma: '영업', gloss: 'business' },
          { lemma: '이익', gloss: 'profit' },
        ],
      },
    ],
    [
      '마침내 성공했기 때문이다.',
      '성공했기',
      { text: 'success', source: 'derived', parts: [{ lemma: '성공', gloss: 'success' }], affix: '-하다' },
    ],
    ['매출은 27조 9000억원으로 늘었다.', '27조', { text: '27.9 trillion won', source: 'number' }],
    ['매출은 27조 9000억원으로 늘었다.', '9000억원으로', { text: '27.9 trillion won', source: 'number' }],
    ['47만여 명이 모였다.', '47만여', { text: 'about 470,000 people', source: 'number' }],
    ['2분기 실적', '2분기', { text: 'the second quarter', source: 'number' }],
    ['김민수 씨가 왔다.', '김민수', { text: 'Gim Minsu', source: 'name', nameKind: 'person' }],
    ['부산에 갔다.', '부산에', { text: 'Busan', source: 'name', nameKind: 'place' }],
    ['수진: 어디 가?', '수진:', { text: 'Sujin', source: 'name', nameKind: 'person' }],
    // an unknown two-syllable noun of given-name syllables, followed by particles only: probably a name
    ['민호가 왔어.', '민호가', { text: 'Minho', source: 'name', nameKind: 'probable-person' }],
    ['수아는 웃었다.', '수아는', { text: 'Sua', source: 'name', nameKind: 'probable-person' }],
    // a word the dictionary knows of the same syllables is that word
    ['우유를 샀다.', '우유를', { text: 'milk', source: 'dictionary', hanja: '牛乳' }],
    // the word as written, where the analyser's lemma is no word: 헐 is not 허다 + -ㄹ
    // a noun the dictionary lists only inside the -하다 word built on it
    [
      '투명 용기에 담는다.',
      '투명',
      { text: 'transparent', source: 'derived', parts: [{ lemma: '투명하다', gloss: 'transparent' }], root: true },
    ],
    // an unknown name and a place it names
    ['초당마을에서 놀았다.', '초당마을에서', { text: 'Chodang Village', source: 'name', nameKind: 'place' }],
    ['강릉역에 내렸다.', '강릉역에', expect.objectContaining({ source: 'name', nameKind: 'place' })],
    ['헐, 진짜?', '헐', { text: 'whoa', source: 'dictionary' }],
    ['헐 진짜 대박', '헐', { text: 'whoa', source: 'dictionary' }],
  ])('%s: %s', (text, word, expected) => {
    expect(glossOf(text, word)).toEqual(expected);
  });

  it('a name takes its English form from the translation where it has one', () => {
    expect(glossOf('김민수 씨가 왔다.', '김민수', 'Mr. Kim Min-su came.')).toEqual({
      text: 'Kim Min-su',
      source: 'name',
      nameKind: 'person',
    });
  });

  it('a loanword no dictionary knows is guessed from the English beside it, and labelled a guess', () => {
    expect(glossOf('쿠버네티스를 도입했다.', '쿠버네티스를', 'The company adopted Kubernetes last year.')).toEqual({
      text: 'Kubernetes',
      source: 'guess',
    });
    expect(glossOf('쿠버네티스를 도입했다.', '쿠버네티스를')).toEqual({ text: 'Kubeonetiseu', source: 'name', nameKind: 'other' });
  });
});
