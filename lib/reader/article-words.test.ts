import { describe, expect, it } from 'vitest';
import { getCorpus } from './corpus';

// Issue 10, section 2: what a teacher checked, eojeol by eojeol, in the first article. Each row is
// a sentence id, an eojeol as written, and its lemma and word class as the popover shows them
// (null: no content word of its own, as the auxiliary 있다 of -고 있다). Pronouns and bound nouns
// count as nouns; 하지만, 및, 또는 are conjunctive adverbs (접속 부사).
const corpus = getCorpus();
const eojeol = (id: string, surface: string) => {
  const analysis = corpus.analyses.get('microsoft-ai-datacenters')!.get(id)!;
  const found = analysis.eojeols.find((e) => e.surface === surface);
  if (!found) throw new Error(`${id}: no eojeol ${surface}`);
  return found;
};

describe('lemmas and classes of the article, as a teacher would give them', () => {
  it.each([
    ['p04-4', '하지만', '하지만', 'adverb'],
    ['fig1', '내부.', '내부', 'noun'],
    ['p01-2', '움직임을', '움직임', 'noun'],
    ['h2', '무장한', '무장하다', 'verb'],
    ['p02-2', '것이라고', '것', 'noun'],
    ['p03-1', '4,600개', '4,600', 'number'],
    ['p02-3', '이', '이', 'determiner'],
    ['p03-2', '이', '이', 'determiner'],
    ['p03-4', '아니라', '아니다', 'adjective'],
    ['p03-4', '만큼,', '만큼', 'noun'],
    ['p01-1', '있습니다.', null, null],
    ['p03-4', '있는', null, null],
    ['p04-5', '수', '수', 'noun'],
    ['p05-2', '없이', '없이', 'adverb'],
    ['p01-2', '쏟아부으며', '쏟아붓다', 'verb'],
    ['p02-3', '설계되었으며,', '설계되다', 'verb'],
    ['p03-1', '새롭게', '새롭다', 'adjective'],
    ['p03-2', '놀라운', '놀랍다', 'adjective'],
    ['fig1', '줄지어', '줄짓다', 'verb'],
    ['p01-3', '이끌어갈지', '이끌다', 'verb'],
    ['p01-3', '살펴보겠습니다.', '살펴보다', 'verb'],
    ['p04-1', '주목받고', '주목받다', 'verb'],
    ['p04-4', '충족시킬', '충족시키다', 'verb'],
    ['p04-5', '점할', '점하다', 'verb'],
    ['p03-3', '밝혔는데요.', '밝히다', 'verb'],
    ['p02-1', '통해', '통하다', 'verb'],
    ['p02-3', '위해', '위하다', 'verb'],
    ['fig1', '광활한', '광활하다', 'adjective'],
    ['fig1', '미래적이고', '미래적', 'noun'],
    ['p05-1', '통합적으로', '통합적', 'noun'],
    ['p01-1', '전', '전', 'determiner'],
    ['p01-3', '어떤', '어떤', 'determiner'],
    ['p02-1', '첫', '첫', 'determiner'],
    ['fig1', '저', '저', 'determiner'],
    ['p01-2', '지금,', '지금', 'adverb'],
    ['p01-2', '공고히', '공고히', 'adverb'],
    ['p03-1', '무려', '무려', 'adverb'],
    ['p04-2', '및', '및', 'adverb'],
    ['fig2', '또는', '또는', 'adverb'],
    ['p05-1', '단순히', '단순히', 'adverb'],
    ['title', '마이크로소프트', '마이크로소프트', 'proper noun'],
    ['p01-2', '오픈AI가', '오픈AI', 'proper noun'],
    ['p02-1', '사티아', '사티아 나델라', 'proper noun'],
    ['p06-4', 'Scott)이', '케빈 스콧', 'proper noun'],
    ['p03-2', '인피니밴드(InfiniBand)로', '인피니밴드', 'noun'],
    ['p05-1', '애저(Azure)', '애저', 'proper noun'],
    ['p04-2', 'AMD와', 'AMD', 'proper noun'],
    ['fig2', 'GB300', 'GB300', 'proper noun'],
    ['p01-2', 'GPU를', 'GPU', 'noun'],
    ['p02-1', 'SNS를', 'SNS', 'noun'],
    ['p01-1', '300개', '300', 'number'],
    ['p03-3', '수십만', '수십만', 'number'],
    ['p01-2', '자금을', '자금', 'noun'],
    ['p02-2', '이는', '이', 'noun'],
    ['p05-3', '이는', '이', 'noun'],
    ['p02-3', '작업량을', '작업량', 'noun'],
    ['p04-1', '경쟁사인', '경쟁사', 'noun'],
    ['fig3', '흐름이', '흐름', 'noun'],
    ['fig3', '같은', '같다', 'adjective'],
    ['p06-4', '자세한', '자세하다', 'adjective'],
    ['p02-2', '수많은', '수많다', 'adjective'],
    ['p04-5', '됩니다.', '되다', 'verb'],
    ['p05-2', '가진', '가지다', 'verb'],
    ['p07-1', '여러분은', '여러분', 'noun'],
    ['p04-4', '‘오늘날의', '오늘날', 'noun'],
    ['h3', '앞서가요', '앞서가다', 'verb'],
  ] as const)('%s %s → %s (%s)', (id, surface, lemma, wordClass) => {
    const e = eojeol(id, surface);
    expect([e.lemma, e.wordClass]).toEqual([lemma, wordClass]);
  });

  it.each([
    ['p02-2', '것이라고', '것/NNB 이/VCP 라고/EC'],
    ['p03-1', '4,600개', '4,600/SN 개/NNBC'],
    ['h2', '무장한', '무장/NNG 하/XSV ㄴ/ETM'],
    ['p04-4', '하지만', '하지만/MAJ'],
    ['p01-1', '있습니다.', '있/VX 습니다/EF ./SF'],
  ])('%s %s is built %s', (id, surface, units) => {
    const parts = eojeol(id, surface).morphemes.flatMap((m) => m.parts ?? [{ form: m.surface, tag: m.tag }]);
    expect(parts.map((p) => `${p.form}/${p.tag}`).join(' ')).toBe(units);
  });
});
