import { describe, expect, it } from 'vitest';
import { findGrammar } from './grammar';
import { readGrammarInContext } from './grammar-context';
import { analyseKorean } from './analyse';
import { compileLexicon } from './lexicon';
import { TAG } from './tags';

const lexicon = compileLexicon([]);

/** What the popover explains for a form in an eojeol: the morpheme's own key, or that of a fused token's part. */
function explain(text: string, eojeolSurface: string, form: string) {
  const analysis = readGrammarInContext(analyseKorean(text, lexicon));
  const eojeol = analysis.eojeols.find((e) => e.surface.replace(/[.,!?]$/, '') === eojeolSurface)!;
  for (const m of eojeol.morphemes) {
    const part = m.parts?.find((p) => p.form === form);
    if (part) return { key: findGrammar(part.form, part.tag)?.key, wordClass: m.wordClass, lemma: eojeol.lemma };
    if (m.surface === form) return { key: m.grammar, wordClass: m.wordClass, lemma: eojeol.lemma };
  }
  return undefined;
}

describe('a particle or ending read in its sentence', () => {
  it.each([
    // 만큼, 대로, 뿐, 만: a bound noun after a modifier, written apart; a particle right after a noun
    ['먹는 만큼 낸다.', '만큼', '만큼', 'bound-mankeum'],
    ['노력한 만큼 결과가 나와요.', '만큼', '만큼', 'bound-mankeum'],
    ['아는 만큼 보인다.', '만큼', '만큼', 'bound-mankeum'],
    ['먹을 만큼 먹어라.', '만큼', '만큼', 'bound-mankeum'],
    ['중요한 만큼 신중해야 한다.', '만큼', '만큼', 'bound-mankeum'],
    ['서울만큼 크다.', '서울만큼', '만큼', 'as-much'],
    ['동생도 형만큼 키가 커요.', '형만큼', '만큼', 'as-much'],
    ['시키는 대로 했어요.', '대로', '대로', 'bound-daero'],
    ['말대로 했다.', '말대로', '대로', 'daero'],
    ['맛있을 뿐 아니라 값도 싸다.', '뿐', '뿐', 'bound-ppun'],
    ['한국뿐만 아니라 일본에서도 인기가 많다.', '한국뿐만', '뿐', 'only-ppun'],
    ['10년 만에 친구를 만났다.', '만에', '만', 'bound-man'],
    ['그 책은 읽을 만하다.', '만하다', '만', 'bound-man'],
    ['조금만 먹어라.', '조금만', '만', 'only'],
    // 이/가 right before 되다 or 아니다 marks the complement, elsewhere the subject
    ['그는 가수가 되었다.', '가수가', '가', 'complement'],
    ['학생이 아니다.', '학생이', '이', 'complement'],
    ['의사가 아닙니다.', '의사가', '가', 'complement'],
    ['데이터센터가 아니라 공장이다.', '데이터센터가', '가', 'complement'],
    ['문제가 됐다.', '문제가', '가', 'complement'],
    ['물이 얼음이 된다.', '얼음이', '이', 'complement'],
    ['물이 얼음이 된다.', '물이', '이', 'subject'],
    ['그게 아니에요.', '그게', '이', 'complement'],
    ['일이 잘 되었다.', '일이', '이', 'subject'],
    ['회의가 있어요.', '회의가', '가', 'subject'],
    // (이)라고: the particle after quotation marks, 이다 + the ending -라고 without them
    ['아이가 ‘안녕’이라고 말했다.', '‘안녕’이라고', '이라고', 'quote-ira'],
    ['아이가 “엄마!”라고 불렀다.', '“엄마!”라고', '라고', 'quote-ira'],
    ['그가 학생이라고 했다.', '학생이라고', '라고', 'rago'],
    ['이것은 새로운 시작이라고 말했다.', '시작이라고', '라고', 'rago'],
    ['그는 자기가 의사라고 했다.', '의사라고', '라고', 'rago'],
  ])('%s — %s: %s is %s', (text, eojeol, form, key) => {
    expect(explain(text, eojeol, form)?.key).toBe(key);
  });

  it('a bound noun that ko-dic took for a particle is read as the noun, with its own lemma (노력한 만큼)', () => {
    expect(explain('노력한 만큼 결과가 나와요.', '만큼', '만큼')).toEqual({ key: 'bound-mankeum', wordClass: 'noun', lemma: '만큼' });
  });

  it('the table itself tells the forms apart by ko-dic tag', () => {
    expect(findGrammar('만큼', TAG.NNB)?.key).toBe('bound-mankeum');
    expect(findGrammar('만큼', TAG.JKB)?.key).toBe('as-much');
    expect(findGrammar('이', TAG.JKC)?.key).toBe('complement');
    expect(findGrammar('이', TAG.JKS)?.key).toBe('subject');
    // a bound noun the table does not list has no entry, not an ending's that shares its form (먹은 지 3년)
    expect(findGrammar('지', TAG.NNB)).toBeUndefined();
  });
});
