import { describe, expect, it } from 'vitest';
import { analyseKorean, compileLexicon, tokenizeKorean, type Morpheme } from './index';
import { repairEojeol, tokenizeRepaired } from './repair';

// No glossary terms, so that ko-dic and the repairs alone are under test; 이 as a determiner, as in lexicon/words.yaml.
const lexicon = compileLexicon([], [{ surface: '이', morphemes: [{ surface: '이', tag: 'MM' }] }]);
const read = (text: string) => tokenizeRepaired(text, 0, text.length, lexicon);
/** Morphemes as form/tag, an inflected token by its parts (했 → 하/VV 았/EP), as the UD benchmark counts them. */
const units = (morphemes: Morpheme[]) =>
  morphemes
    .flatMap((m) => m.parts ?? [{ form: m.surface, tag: m.tag }])
    .map((u) => `${u.form}/${u.tag}`)
    .join(' ');
const within = (morphemes: Morpheme[], text: string, word: string) => {
  const start = text.indexOf(word);
  return morphemes.filter((m) => m.start >= start && m.end <= start + word.length);
};
const analysed = (text: string, word: string) => units(within(read(text), text, word));

describe('what ko-dic gets right stays as it is', () => {
  it.each([
    ['사실을 낱낱이 밝혔다', '낱낱이', '낱낱이/MAG'],
    ['비용을 줄이고 있다', '줄이고', '줄이/VV 고/EC'],
    ['고양이 한 마리', '고양이', '고양이/NNG'],
    ['함께 같이 가자', '같이', '같이/MAG'],
    ['무리 없이 구동할', '없이', '없이/MAG'],
    ['종이로 만든 배', '종이로', '종이/NNG 로/JKB'],
    ['몸길이는 짧다', '몸길이는', '몸길이/NNG 는/JX'],
    ['서울에 사는 사람', '사는', '살/VV 는/ETM'],
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });
});

describe('the subject particle and the copula 이, which this ko-dic lacks', () => {
  it.each([
    ['조명이 밝다', '조명이', '조명/NNG 이/JKS'], // ko-dic: 조 + 명이
    ['상황이 어렵다', '상황이', '상황/NNG 이/JKS'], // ko-dic: 상 + 황이
    ['3명이 왔다', '3명이', '3/SN 명/NNBC 이/JKS'], // ko-dic: 명이/NNG
    ['사람들이 많다', '사람들이', '사람/NNG 들/XSN 이/JKS'], // ko-dic: 들이 with a stray 는/JX part
    ['역할이 크다', '역할이', '역할/NNG 이/JKS'], // ko-dic: 역하/VA + ㄹ + 이/UNK
    ['믿음이 있다', '믿음이', '믿/VV 음/ETN 이/JKS'],
    ['미래적이고 아름답다', '미래적이고', '미래/NNG 적/XSN 이/VCP 고/EC'], // ko-dic: 이고 as 며칠+이+고
    ['비가 오기 때문이다', '때문이다', '때문/NNB 이/VCP 다/EC'], // ko-dic: 이다/JC
    ['그는 학생이었던 시절', '학생이었던', '학생/NNG 이/VCP 었/EP 던/ETM'], // ko-dic: 이었던/UNK
    ['사건이라는 말', '사건이라는', '사건/NNG 이/VCP 라는/ETM'],
    ['문제이기도 하다', '문제이기도', '문제/NNG 이/VCP 기/ETN 도/JX'],
    ['그것은 인상적이다', '인상적이다', '인상/NNG 적/XSN 이/VCP 다/EC'], // ko-dic: 적이/VV
    ['그는 착한 사람이에요', '사람이에요', '사람/NNG 이/VCP 에요/EC'],
    ['그렇게 할 것이다', '것이다', '것/NNB 이/VCP 다/EC'], // ko-dic: 것이 with the ㄹ of 할 as a part
    ['입장료는 무료다', '무료다', '무료/NNG 이/VCP 다/EC'], // the copula dropped after a vowel
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });
});

describe('other readings of ko-dic that cannot be right', () => {
  it.each([
    ['고객사', '고객사', '고객/NNG 사/NNG'], // ko-dic: 사/VV+아 "buy"
    ['주요 고객사는 늘었다', '고객사는', '고객/NNG 사/NNG 는/JX'], // ko-dic: 고/EC + 객사
    ['매출이 1.2배 늘었다', '1.2배', '1.2/SN 배/NNG'],
    ['1,300조 원', '1,300조', '1,300/SN 조/NR'],
    ['학교에 가기 싫다', '가기', '가/VV 기/ETN'], // ko-dic: 갈다, but ㄹ drops only before ㄴ, ㅂ, ㅅ
    ['가방을 들고 왔다', '들고', '들/VV 고/EC'], // ko-dic: 듣다, but ㄷ becomes ㄹ only before a vowel
    ['아이를 안고 있다', '안고', '안/VV 고/EC'], // ko-dic: 알다
    ['하늘을 가리키는 손', '가리키는', '가리키/VV 는/ETM'], // ko-dic: 가르키다
    ['할 게 없다', '게', '것/NNB 이/JKS'], // ko-dic: 게/EC
    ['할 수도 있다', '수도', '수/NNB 도/JX'], // ko-dic: 수도/NNG "capital"
    ['그 사람은 떠난 지 오래다', '지', '지/EC'], // kept: after a modifier, as the josa/eomi table explains it
    ['돈을 주고 샀다', '주고', '주/VV 고/EC'], // ko-dic: 주/VX with no verb to help
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });
});

describe('context: a repaired word does not cut its neighbours off', () => {
  it.each([
    ['돈이 있어서 좋다', '있어서'],
    ['시간이 있어서 갔다', '있어서'],
    ['조명이 있어서 밝다', '있어서'],
  ])('%s: %s is read as ko-dic reads it in the sentence', (text, word) => {
    expect(analysed(text, word)).toBe(units(within(tokenizeKorean(text), text, word)));
    expect(analysed(text, text.split(' ')[0]!)).toMatch(/이\/JKS$/);
  });
});

describe('morphemes line up with the text', () => {
  it.each([['“조명이” 미래적이고, 고객사는 1.2배 늘었다.'], ['(AI)이다 이는 1,300조 원이었던 것이다…'], ['😀 학생이었던 그 이  이']])(
    '%s',
    (text) => {
      let end = 0;
      for (const m of read(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        expect(m.start).toBeGreaterThanOrEqual(end);
        end = m.end;
      }
    },
  );
});

describe('through analyseKorean', () => {
  it.each([
    ['낱낱이', '낱낱이', 'adverb'],
    ['줄이고', '줄이다', 'verb'],
    ['고양이', '고양이', 'noun'],
    ['조명이', '조명', 'noun'],
    ['미래적이고', '미래적', 'noun'],
  ])('%s → %s (%s)', (text, lemma, wordClass) => {
    const [first] = analyseKorean(text, lexicon).eojeols;
    expect([first?.lemma, first?.wordClass]).toEqual([lemma, wordClass]);
  });

  it('repairEojeol leaves to ko-dic, in context, what it gets right', () => {
    expect(['낱낱이', '줄이고', '고양이', '같이'].map((word) => repairEojeol(word, 0, lexicon))).toEqual([null, null, null, null]);
    expect(units(repairEojeol('조명이', 0, lexicon) ?? [])).toBe('조명/NNG 이/JKS');
  });
});

describe('하지만 opens a sentence as a conjunctive adverb, and stays 하다 + -지만 inside one', () => {
  it.each([
    ['하지만 그는 왔다.', '하지만', '하지만/MAJ'],
    ['비가 왔다. 하지만 그는 왔다.', '하지만', '하지만/MAJ'],
    ['“늦었다.” 하지만, 괜찮다.', '하지만', '하지만/MAJ'],
    ['첫 줄이다\n하지만 둘째 줄', '하지만', '하지만/MAJ'],
    ['공부는 하지만 어렵다.', '하지만', '하/VV 지만/EC'],
    ['운동을 하지만 살이 안 빠진다.', '하지만', '하/VV 지만/EC'],
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });

  it('gives 하지만 its own lemma, not 하다', () => {
    const eojeol = analyseKorean('하지만 그는 왔다.', lexicon).eojeols[0]!;
    expect([eojeol.lemma, eojeol.wordClass]).toEqual(['하지만', 'adverb']);
  });
});

describe('ko-dic read against the learner dictionary (KnownWords)', () => {
  const known = {
    nouns: new Set(['치킨', '도메인', '움직임', '믿음', '녹음', '함', '고양이']),
    predicates: new Map<string, 'verb' | 'adjective'>([
      ['그리다', 'verb'],
      ['열다', 'verb'],
      ['더하다', 'verb'],
      ['오래되다', 'adjective'],
      ['움직이다', 'verb'],
      ['믿다', 'verb'],
      ['녹다', 'verb'],
      ['하다', 'verb'],
      ['가깝다', 'adjective'],
      ['돕다', 'verb'],
      ['곱다', 'adjective'],
      ['길다', 'adjective'],
      ['배다', 'verb'],
    ]),
  };
  const withKnown = compileLexicon([], [], known);
  const readKnown = (text: string, word: string) => units(within(tokenizeRepaired(text, 0, text.length, withKnown), text, word));

  it.each([
    // a verb ko-dic invents for a noun it lacks: 치키다, 메이다 are no verbs
    ['오늘은 치킨 먹자', '치킨', '치킨/NNG'],
    // a verb the dictionary knows stays a verb
    ['그림을 그린 사람', '그린', '그리/VV ㄴ/ETM'],
    // an adverb and a verb that the dictionary lists as one word
    ['힘을 더하여 밀었다', '더하여', '더하/VV 여/EC'],
    ['집이 오래되었다', '오래되었다', '오래되/VA 었/EP 다/EC'],
    // a nominalised verb that is a noun of its own; 함 stays 하다 + -ㅁ
    ['작은 움직임', '움직임', '움직임/NNG'],
    ['믿음이 생겼다', '믿음이', '믿음/NNG 이/JKS'],
    ['확인 완료함', '완료함', '완료/NNG 하/XSV ㅁ/ETN'],
    // irregular stems ko-dic leaves as written or reads as something else
    ['생각보다 가까워서 놀랐다', '가까워서', '가깝/VA 어서/EC'], // ko-dic: 가까워/VV (가까워다) + 서
    ['친구를 도와요', '도와요', '돕/VV 아요/EF'], // ko-dic: 도/JX + 와요 (오다)
    ['마음이 고와요', '고와요', '곱/VA 아요/EF'], // ko-dic: 고/EC + 와요
    ['머리가 기네요.', '기네요', '기/VA 네요/EF'], // ko-dic: 기/ETN + 네요 (길다 without its ㄹ)
    ['김치를 밴다고 했다', '밴다고', '배/VV ㄴ다고/EC'], // ko-dic: 밴/NNG + 다고/VCP+EC
    // a known noun + the copula that ko-dic reads as one unknown word in 이
    ['잘 먹는 편이에요.', '편이에요', '편/NNB 이/VCP 에요/EF'], // ko-dic: 편이/NNG + 에/JKB + 요/JX
    ['조금 비싼 편이었지만 좋았다', '편이었지만', '편/NNB 이/VCP 었/EP 지만/EC'], // ko-dic: 편이/XR + 었 + 지만
    ['고양이가 왔다', '고양이가', '고양이/NNG 가/JKS'], // a word the dictionary knows whole stays whole
  ])('%s: %s → %s', (text, word, expected) => {
    expect(readKnown(text, word)).toBe(expected);
  });

  it.each([
    ['머리가 기네요', '기네요', '길다'],
    ['생각보다 가까워서 놀랐다', '가까워서', '가깝다'],
    ['김치를 밴다고 했다', '밴다고', '배다'],
  ])('%s: the lemma of %s is %s', (text, word, lemma) => {
    expect(within(tokenizeRepaired(text, 0, text.length, withKnown), text, word)[0]!.lemma).toBe(lemma);
  });

  it('without the dictionary, ko-dic keeps its reading', () => {
    expect(analysed('오늘은 치킨 먹자', '치킨')).toBe('치키/VV ㄴ/ETM');
  });
});

describe('a one-syllable noun after what shows a noun, not a verb form', () => {
  it.each([
    ['한 번 더 해 봐', '번', '번/NNB'],
    ['수십 번 넘게', '번', '번/NNB'],
    ['그 해 12월', '해', '해/NNG'],
    ['피아노를 칠 줄 아는', '줄', '줄/NNB'],
    ['그는 잘하는 편 같다', '편', '편/NNB'],
    // a verb after anything else stays a verb
    ['영향을 줄 것으로', '줄', '주/VV ㄹ/ETM'],
    ['잘 해 주셨다', '해', '하/VV 아/EC'],
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });
});

describe('what follows a verb form, read in context', () => {
  it.each([
    ['자리를 잡고 있습니다.', '있습니다', '있/VX 습니다/EF'],
    ['멀리 뻗어 있는 길', '있는', '있/VX 는/ETM'],
    ['돈이 있는 사람', '있는', '있/VA 는/ETM'],
    ['선점하고 있는 만큼, 협력은', '만큼', '만큼/NNB'],
    ['위치를 점할 수 있다', '수', '수/NNB'],
  ])('%s: %s → %s', (text, word, expected) => {
    expect(analysed(text, word)).toBe(expected);
  });

  it('gives 아니다 its lemma: 뿐만 아니라', () => {
    const eojeol = analyseKorean('칩뿐만 아니라 기술까지', lexicon).eojeols[1]!;
    expect([eojeol.lemma, eojeol.wordClass]).toEqual(['아니다', 'adjective']);
  });
});
