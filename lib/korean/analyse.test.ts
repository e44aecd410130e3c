import { describe, expect, it } from 'vitest';
import { analyseKorean, compileLexicon, type Analysis } from './index';

const lexicon = compileLexicon(
  [
    { surface: '인피니밴드', lemma: '인피니밴드', tag: 'NNG', termId: 'infiniband' },
    { surface: '마이크로소프트', lemma: '마이크로소프트', tag: 'NNP', termId: 'microsoft' },
    { surface: '오픈AI', lemma: '오픈AI', tag: 'NNP', termId: 'openai' },
    { surface: '애저', lemma: '애저', tag: 'NNP', termId: 'azure' },
    { surface: '클라우드', lemma: '클라우드', tag: 'NNG', termId: 'cloud' },
    { surface: '케빈 스콧', lemma: '케빈 스콧', tag: 'NNP', termId: 'kevin-scott' },
    { surface: '블랙웰 울트라', lemma: '블랙웰 울트라', tag: 'NNP', termId: 'blackwell-ultra' },
    { surface: '데이터센터', lemma: '데이터센터', tag: 'NNG', termId: 'data-center' },
    { surface: 'AI 팩토리', lemma: 'AI 팩토리', tag: 'NNG', termId: 'ai-factory' },
    { surface: 'AI', lemma: 'AI', tag: 'NNG', termId: 'ai' },
    { surface: '플랫폼', lemma: '플랫폼', tag: 'NNG' },
  ],
  [
    {
      surface: '이는',
      morphemes: [
        { surface: '이', tag: 'NP' },
        { surface: '는', tag: 'JX' },
      ],
    },
  ],
);

const analyse = (text: string) => analyseKorean(text, lexicon);
const eojeol = (a: Analysis, surface: string) => a.eojeols.find((e) => e.surface.startsWith(surface))!;
const terms = (a: Analysis) => a.terms.map((t) => [t.termId, a.text.slice(t.start, t.end)]);

describe('lemmas: the dictionary form of each word', () => {
  it.each([
    ['쏟아부으며', '쏟아붓다', 'verb'],
    ['설계되었으며', '설계되다', 'verb'],
    ['새롭게', '새롭다', 'adjective'],
    ['있습니다', '있다', 'adjective'],
    ['막대한', '막대하다', 'adjective'],
    ['건설하려는', '건설하다', 'verb'],
    ['이끌어갈지', '이끌다', 'verb'],
    ['주목받고', '주목받다', 'verb'],
    ['나눠주세요', '나누다', 'verb'],
    ['자금을', '자금', 'noun'],
    ['서버들은', '서버', 'noun'],
    ['데이터센터를', '데이터센터', 'noun'],
    ['조명이', '조명', 'noun'],
    ['미래적이고', '미래적', 'noun'],
    ['무리 없이', '무리', 'noun'],
  ])('%s → %s (%s)', (text, lemma, wordClass) => {
    const [first] = analyse(text).eojeols;
    expect([first?.lemma, first?.wordClass]).toEqual([lemma, wordClass]);
  });

  it('없이 stays an adverb: the subject-이 repair needs a noun stem', () => {
    expect(eojeol(analyse('무리 없이 구동할'), '없이').lemma).toBe('없이');
  });
});

describe('particles (josa) and endings (eomi) and their functions', () => {
  it.each([
    ['마이크로소프트는', '는', 'topic'],
    ['시스템은', '은', 'topic'],
    ['엔비디아가', '가', 'subject'],
    ['흐름이', '이', 'subject'],
    ['자금을', '을', 'object'],
    ['서버를', '를', 'object'],
    ['회사의 첫 번째', '의', 'possessive'],
    ['시대에', '에', 'location'],
    ['경쟁에서', '에서', 'source'],
    ['전략으로', '으로', 'means'],
    ['서울로', '로', 'means'],
    ['인피니밴드로', '로', 'means'],
    ['규모와', '와', 'and'],
    ['확장성과', '과', 'and'],
    ['행보도', '도', 'also'],
    ['기술까지', '까지', 'until'],
    ['오픈AI와의', '의', 'possessive'],
    ['있습니다', '습니다', 'formal'],
    ['있는데요', '는데요', 'neundeyo'],
    ['있답니다', '답니다', 'dapnida'],
    ['쏟아부으며', '부으며', 'myeo'],
    ['잡고', '고', 'go'],
    ['구축되어', '어', 'a-eo'],
    ['있어요', '어요', 'ayo'],
    ['이끌어갈지', '갈지', 'eulji'],
    ['플랫폼입니다', '입니다', 'formal'],
  ])('%s: %s is %s', (text, surface, grammar) => {
    const morpheme = analyse(text).morphemes.find((m) => m.surface === surface && m.grammar);
    expect(morpheme?.grammar).toBe(grammar);
  });
});

describe('glossary-first matching', () => {
  it.each([
    ['인피니밴드(InfiniBand)로 연결되어', [['infiniband', '인피니밴드(InfiniBand)로']]],
    [
      '애저(Azure) 클라우드가 선사하는',
      [
        ['azure', '애저(Azure)'],
        ['cloud', '클라우드가'],
      ],
    ],
    ['케빈 스콧(Kevin Scott)이 발표할', [['kevin-scott', '케빈 스콧(Kevin Scott)이']]],
    ['블랙웰 울트라(Blackwell Ultra) GPU', [['blackwell-ultra', '블랙웰 울트라(Blackwell Ultra)']]],
    ['‘AI 팩토리’를 공개하며', [['ai-factory', 'AI 팩토리’를']]],
    ['오픈AI와의 경쟁에서', [['openai', '오픈AI와의']]],
    [
      '마이크로소프트 AI 데이터센터는',
      [
        ['microsoft', '마이크로소프트'],
        ['ai', 'AI'],
        ['data-center', '데이터센터는'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(terms(analyse(text))).toEqual(expected);
  });

  it.each([
    ['마이크를 켜다', '마이크'],
    ['오픈 마켓', '오픈'],
    ['애저녁에 왔다', '애저녁'],
    ['OpenAI', 'OpenAI'],
    ['KAIST', 'KAIST'],
  ])('%s links no term (look-alike of %s)', (text) => {
    expect(analyse(text).terms).toEqual([]);
  });

  it('keeps the particle attached to the term and glosses the particle: 인피니밴드(InfiniBand)로', () => {
    const { morphemes } = analyse('인피니밴드(InfiniBand)로');
    expect(morphemes.map((m) => [m.surface, m.tag, m.termId ?? null, m.grammar ?? null])).toEqual([
      ['인피니밴드', 'NNG', 'infiniband', null],
      ['(', 'SSO', null, null],
      ['InfiniBand', 'SL', 'infiniband', null],
      [')', 'SSC', null, null],
      ['로', 'JKB', null, 'means'],
    ]);
  });

  it('a multi-word term spans its eojeols: 케빈 스콧(Kevin Scott)이', () => {
    const a = analyse('CTO 케빈 스콧(Kevin Scott)이 발표');
    expect(a.terms[0]).toMatchObject({ firstEojeol: 1, lastEojeol: 3 });
    expect(a.eojeols.map((e) => e.surface)).toEqual(['CTO', '케빈', '스콧(Kevin', 'Scott)이', '발표']);
  });

  it('uses a hand-written analysis where ko-dic fails: 이는', () => {
    expect(
      analyse('이는 용어로')
        .morphemes.slice(0, 2)
        .map((m) => `${m.surface}/${m.tag}`),
    ).toEqual(['이/NP', '는/JX']);
  });
});

describe('morphemes and eojeols line up with the text', () => {
  it.each([
    ['마이크로소프트 CEO 사티아 나델라는 최근 자신의 SNS를 통해'],
    ['무려 1조 달러(약 1,300조 원)를 투자하겠다는'],
    ['😀 한국어 🇰🇷 text 123'],
  ])('%s', (text) => {
    const a = analyse(text);
    for (const m of a.morphemes) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(a.eojeols[m.eojeol]!.start).toBeLessThanOrEqual(m.start);
      expect(a.eojeols[m.eojeol]!.end).toBeGreaterThanOrEqual(m.end);
    }
    expect(a.eojeols.map((e) => e.surface).join(' ')).toBe(text.split(/\s+/).join(' '));
  });
});

describe('particles and endings read in their sentence (readGrammarInContext, inside analyseKorean)', () => {
  const lexicon = compileLexicon([]);
  it.each([
    ['노력한 만큼 결과가 나와요.', '만큼', 'NNB', 'bound-mankeum'],
    ['그는 가수가 되었다.', '가', 'JKC', 'complement'],
    ['그가 학생이라고 했다.', '이라고', 'VCP+EC', 'rago'],
  ])('%s: %s → %s (%s)', (text, surface, tag, grammar) => {
    const m = analyseKorean(text, lexicon).morphemes.find((x) => x.surface === surface)!;
    expect([m.tag, m.grammar]).toEqual([tag, grammar]);
  });
});

describe('뿐이/JX is 뿐 and the copula', () => {
  const lexicon = compileLexicon([]);
  const units = (text: string) =>
    analyseKorean(text, lexicon)
      .morphemes.flatMap((m) => m.parts ?? [{ form: m.surface, tag: m.tag }])
      .map((u) => `${u.form}/${u.tag}`)
      .join(' ');
  it.each([
    ['그냥 웃을 뿐이었다.', '뿐/NNB 이/VCP 었/EP'],
    ['믿을 사람은 너뿐이다.', '너/NP 뿐/JX 이/VCP 다/EF'],
  ])('%s has %s', (text, expected) => {
    expect(units(text)).toContain(expected);
  });
});
