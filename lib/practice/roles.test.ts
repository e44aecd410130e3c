import { josa } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { explainRole, roleForms, type RoleItem } from './roles';

const item = (noun: string, particle: string, rest: Partial<RoleItem>): RoleItem => ({
  id: 'x',
  slug: 's',
  sid: 'p',
  href: '/read/s',
  before: '',
  noun,
  particle,
  after: '',
  hint: '',
  role: 'topic',
  ...rest,
});

describe('the role drill says why the writer chose 은/는, 이/가 or 을/를', () => {
  it.each([
    ['마이크로소프트', ['는', '가', '를']],
    ['시스템', ['은', '이', '을']],
    ['GPU', ['는', '가', '를']],
    ['GB200', ['은', '이', '을']],
    ['오픈AI', ['는', '가', '를']],
  ])('the three forms for %s are %j', (noun, forms) => expect(roleForms(noun)).toEqual(forms));

  // One row per branch of explainRole, in both languages.
  it.each([
    [
      item('마이크로소프트', '는', { role: 'topic' }),
      '‘은/는’은 마이크로소프트가 이 문장의 주제(화제)임을 나타냅니다. 문장의 나머지 부분이 마이크로소프트에 대해 설명합니다. ‘이/가’를 쓰면 마이크로소프트를 새로운 정보로 제시하거나 다른 것과 구별해 가리키게 됩니다.',
      '은/는 marks 마이크로소프트 as the topic, what the sentence is about; the rest of the sentence says something about it. With 이/가, 마이크로소프트 would instead be presented as new information, or singled out from others.',
    ],
    [
      item('시스템', '은', { role: 'topic' }),
      '‘은/는’은 시스템이 이 문장의 주제(화제)임을 나타냅니다. 문장의 나머지 부분이 시스템에 대해 설명합니다. ‘이/가’를 쓰면 시스템을 새로운 정보로 제시하거나 다른 것과 구별해 가리키게 됩니다.',
      '은/는 marks 시스템 as the topic, what the sentence is about; the rest of the sentence says something about it. With 이/가, 시스템 would instead be presented as new information, or singled out from others.',
    ],
    [
      item('엔비디아', '가', { role: 'subject', predicate: '명명한', clause: 'modifier', head: '용어' }),
      '엔비디아가 ‘명명한’의 주어입니다. 이 절은 뒤의 ‘용어’를 꾸밉니다. 명사를 꾸미는 절 안에서는 주어에 ‘이/가’를 쓰고, 문장 전체의 주제를 나타내는 ‘은/는’은 쓰지 않습니다.',
      '엔비디아 is the subject of ‘명명한’, in a clause that describes ‘용어’. Inside a clause that describes a noun, the subject takes 이/가; 은/는, which marks the topic of the whole sentence, is not used there.',
    ],
    [
      item('데이터센터', '가', { role: 'subject', predicate: '이끄는', clause: 'modifier', head: 'AI 혁명' }),
      '데이터센터가 ‘이끄는’의 주어입니다. 이 절은 뒤의 ‘AI 혁명’을 꾸밉니다. 명사를 꾸미는 절 안에서는 주어에 ‘이/가’를 쓰고, 문장 전체의 주제를 나타내는 ‘은/는’은 쓰지 않습니다.',
      '데이터센터 is the subject of ‘이끄는’, in a clause that describes ‘AI 혁명’. Inside a clause that describes a noun, the subject takes 이/가; 은/는, which marks the topic of the whole sentence, is not used there.',
    ],
    [
      item('마이크로소프트', '가', { role: 'subject', predicate: '갖추고 있음', clause: 'noun' }),
      '마이크로소프트가 ‘갖추고 있음’의 주어입니다. 이 절은 문장 안에서 명사처럼 쓰입니다. 이런 절 안의 주어에는 ‘이/가’를 쓰고, ‘은/는’은 쓰지 않습니다.',
      '마이크로소프트 is the subject of ‘갖추고 있음’, in a clause that is used as a noun. The subject inside such a clause takes 이/가, not 은/는.',
    ],
    [
      item('케빈 스콧(Kevin Scott)', '이', { role: 'subject', predicate: '발표할 예정이니', clause: 'subordinate' }),
      '케빈 스콧(Kevin Scott)이 ‘발표할 예정이니’의 주어입니다. 이 절은 뒤 문장에 이어지는 종속절입니다. 종속절의 주어에는 보통 ‘이/가’를 쓰며, ‘은/는’을 쓰면 대조의 뜻이 더해집니다.',
      '케빈 스콧(Kevin Scott) is the subject of ‘발표할 예정이니’, in a subordinate clause that leads into the rest of the sentence. The subject of such a clause usually takes 이/가; 은/는 there would add a contrast.',
    ],
    [
      item('구글', '이', { role: 'subject', predicate: '발표했다', clause: 'main' }),
      '구글이 ‘발표했다’의 주어입니다. ‘이/가’는 구글을 새로운 정보로 제시하거나 다른 것과 구별해 가리킵니다. ‘은/는’을 쓰면 주제가 됩니다.',
      '구글 is the subject of ‘발표했다’. 이/가 presents 구글 as new information or singles it out; 은/는 would make it the topic instead.',
    ],
    [
      item('GPU', '가', { role: 'subject' }),
      '‘이/가’는 주어를 나타냅니다. GPU가 이 절이 말하는 동작이나 상태의 주체이며, 새로운 정보로 제시되거나 다른 것과 구별됩니다. ‘은/는’을 쓰면 주제가 됩니다.',
      '이/가 marks GPU as the subject, the one that does or is what the clause says, presented as new information or singled out. 은/는 would make it the topic instead.',
    ],
    [
      item('자금', '을', { role: 'object', predicate: '쏟아부으며' }),
      '자금은 ‘쏟아부으며’의 목적어, 곧 동작의 대상입니다. 목적어에는 ‘을/를’을 씁니다.',
      '자금 is the object of ‘쏟아부으며’, what the action is done to. The object takes 을/를.',
    ],
    [
      item('GPU', '를', { role: 'object', predicate: '도입하며' }),
      'GPU는 ‘도입하며’의 목적어, 곧 동작의 대상입니다. 목적어에는 ‘을/를’을 씁니다.',
      'GPU is the object of ‘도입하며’, what the action is done to. The object takes 을/를.',
    ],
    [
      item('의견', '을', { role: 'object' }),
      '‘을/를’은 목적어를 나타냅니다. 의견은 동작의 대상입니다.',
      '을/를 marks 의견 as the object, what the action is done to.',
    ],
  ])('%#: %o', (given, ko, en) => {
    expect(explainRole(given, 'ko')).toBe(ko);
    expect(explainRole(given, 'en')).toBe(en);
    // Every particle after a quoted form agrees with it.
    for (const [, word, p] of ko.matchAll(/‘([^’]+)’(을|를|이|가|은|는)/g)) {
      const options = /을|를/.test(p!) ? '을/를' : /이|가/.test(p!) ? '이/가' : '은/는';
      expect(josa(word!.replace(/[^가-힣]+$/, ''), options).slice(-1)).toBe(p);
    }
  });
});
