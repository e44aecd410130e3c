import { describe, expect, it } from 'vitest';
import { correctParticle, explainParticle, pairOf } from '@/lib/practice';
import { explainRole, roleForms } from '@/lib/practice/roles';
import { buildParticleItems, buildRoleItems, getCorpus } from './index';

const corpus = getCorpus();
const particles = buildParticleItems(corpus);
const roles = buildRoleItems(corpus);

describe('the particle drill takes the article’s numbers and Latin letters', () => {
  it.each([
    // In their sentences
    ['p01-2', '오픈AI', '가'],
    ['p01-2', 'GPU', '를'],
    ['p02-1', 'SNS', '를'],
    ['p04-2', '오픈AI', '는'],
    ['p04-2', 'AMD', '와'],
    ['p04-5', '오픈AI', '와'],
    ['p03-2', '인피니밴드(InfiniBand)', '로'],
    ['p06-4', '케빈 스콧(Kevin Scott)', '이'],
    ['p04-2', '1조 달러(약 1,300조 원)', '를'],
  ])('%s: %s%s in its sentence', (sid, noun, particle) => {
    expect(particles.filter((i) => !i.standalone && i.sid === sid && i.noun === noun).map((i) => i.particle)).toContain(particle);
  });

  it.each(['300', '34', '4,600', '1', '1,300', 'GB200', 'GB300', 'CEO', 'CTO', 'AI', 'Azure', 'InfiniBand', 'Kevin Scott'])(
    '%s is asked on its own, with the particle of its reading',
    (noun) => {
      const item = particles.find((i) => i.standalone && i.noun === noun)!;
      expect(item).toBeDefined();
      expect(item.particle).toBe(correctParticle(noun, pairOf(item.particle)!));
    },
  );

  it('asks 1 (read 일) with (으)로, where ㄹ counts as a vowel', () => {
    expect(particles.find((i) => i.standalone && i.noun === '1')?.particle).toBe('로');
  });

  it('every item agrees with the rule, and its explanation names the form in both languages', () => {
    for (const i of particles) {
      const pair = pairOf(i.particle)!;
      expect([i.noun, correctParticle(i.noun, pair)]).toEqual([i.noun, i.particle]);
      expect(explainParticle(i.noun, pair, 'en')).toContain(`takes ${i.particle}, not`);
      expect(explainParticle(i.noun, pair, 'ko')).toContain(`‘${i.particle}’`);
    }
  });
});

describe('the role drill: topic, subject or object, and why', () => {
  // Every subject of the article, with the predicate and the clause that explain its 이/가.
  it('finds what each subject is the subject of', () => {
    const subjects = roles.filter((i) => i.role === 'subject').map((i) => [i.sid, i.noun + i.particle, i.predicate, i.clause, i.head]);
    expect(subjects).toEqual([
      ['p01-2', '오픈AI가', '건설하려는', 'modifier', '지금'],
      ['p02-2', '엔비디아가', '명명한', 'modifier', '용어'],
      ['p03-4', '엔비디아가', '선점하고 있는', 'modifier', '만큼'],
      ['p05-3', '마이크로소프트가', '갖추고 있음', 'noun', undefined],
      ['p06-3', '마이크로소프트가', '수행할 수 있도록', 'subordinate', undefined],
      ['p06-4', '케빈 스콧(Kevin Scott)이', '발표할 예정이니', 'subordinate', undefined],
      ['p07-1', '데이터센터가', '이끄는', 'modifier', 'AI 혁명'],
    ]);
  });

  it.each([
    ['p01-2', '자금을', '쏟아부으며'],
    ['p01-2', 'GPU를', '도입하며'],
    ['p02-1', 'SNS를', '통해'],
    ['p02-1', '주목을', '받았습니다'],
    ['p02-3', '작업량을', '처리하기'],
    ['p03-2', '칩을', '탑재하고 있으며'],
    ['p04-2', '1조 달러(약 1,300조 원)를', '투자하겠다는'],
    ['p05-2', '매개변수를', '가진'],
    ['p05-3', '역량을', '갖추고 있음'],
    ['p07-2', '의견을', '나눠주세요'],
  ])('%s: %s is the object of %s', (sid, np, predicate) => {
    const found = roles.find((i) => i.sid === sid && i.noun + i.particle === np);
    expect([found?.role, found?.predicate]).toEqual(['object', predicate]);
  });

  it.each([
    ['p01-2', '마이크로소프트는'],
    ['p02-1', '사티아 나델라는'],
    ['p04-2', '오픈AI는'],
    ['p07-1', '여러분은'],
  ])('%s: %s is a topic', (sid, np) => {
    expect(roles.find((i) => i.sid === sid && i.noun + i.particle === np)?.role).toBe('topic');
  });

  it('leaves out a complement (기반이 됩니다) and the pronoun 이 (이는, 이를)', () => {
    expect(roles.filter((i) => i.noun === '기반' || i.noun === '이')).toEqual([]);
  });

  it('offers the three forms for the noun, the writer’s among them, and explains it in both languages', () => {
    for (const i of roles) {
      expect(roleForms(i.noun)).toContain(i.particle);
      expect(explainRole(i, 'en')).toContain(i.noun);
      expect(explainRole(i, 'ko')).toMatch(/니다\.$/);
    }
    expect(new Set(roles.map((i) => i.role))).toEqual(new Set(['topic', 'subject', 'object']));
  });
});
