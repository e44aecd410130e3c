import { attachParticle, correctParticle, pairByKey } from './particles';

/** The three roles the second particle drill asks about, by their josa table keys. */
export const ROLES = ['topic', 'subject', 'object'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The clause a subject stands in, which decides between 이/가 and 은/는:
 * a clause that describes a noun (엔비디아가 명명한 용어), one used as a noun (…갖추고 있음을),
 * a subordinate clause (…수행할 수 있도록), or the main clause.
 */
export type Clause = 'modifier' | 'noun' | 'subordinate' | 'main';

/** A noun from an article's sentence with its particle slot empty, and the particle it really takes there. */
export type ParticleSlot = {
  id: string;
  slug: string;
  sid: string;
  /** The reader's page that holds the sentence, without the locale (lib/paging readerPathOf). */
  href: string;
  before: string;
  noun: string;
  particle: string;
  after: string;
  hint: string;
};

/** A noun from an article with its topic, subject or object particle blanked, and why it is that one. */
export type RoleItem = ParticleSlot & {
  role: Role;
  /** The predicate the noun belongs to, as written (명명한, 선점하고 있는), when it was found. */
  predicate?: string;
  clause?: Clause;
  /** The noun a modifying clause describes (용어). */
  head?: string;
};

/** The topic, subject and object forms for a noun, by how it is read. e.g. roleForms('GPU') → ['는', '가', '를'] */
export const roleForms = (noun: string) => ROLES.map((role) => correctParticle(noun, pairByKey(role)!));

const ko = (item: RoleItem) => {
  const { noun, predicate: pred = '', head = '' } = item;
  const subject = attachParticle(noun, 'subject');
  switch (item.role) {
    case 'topic':
      return `‘은/는’은 ${subject} 이 문장의 주제(화제)임을 나타냅니다. 문장의 나머지 부분이 ${noun}에 대해 설명합니다. ‘이/가’를 쓰면 ${attachParticle(noun, 'object')} 새로운 정보로 제시하거나 다른 것과 구별해 가리키게 됩니다.`;
    case 'object':
      return pred
        ? `${attachParticle(noun, 'topic')} ‘${pred}’의 목적어, 곧 동작의 대상입니다. 목적어에는 ‘을/를’을 씁니다.`
        : `‘을/를’은 목적어를 나타냅니다. ${attachParticle(noun, 'topic')} 동작의 대상입니다.`;
  }
  if (!pred || !item.clause)
    return `‘이/가’는 주어를 나타냅니다. ${subject} 이 절이 말하는 동작이나 상태의 주체이며, 새로운 정보로 제시되거나 다른 것과 구별됩니다. ‘은/는’을 쓰면 주제가 됩니다.`;
  const lead = `${subject} ‘${pred}’의 주어입니다.`;
  return {
    modifier: `${lead} 이 절은 뒤의 ‘${head}’${correctParticle(head, pairByKey('object')!)} 꾸밉니다. 명사를 꾸미는 절 안에서는 주어에 ‘이/가’를 쓰고, 문장 전체의 주제를 나타내는 ‘은/는’은 쓰지 않습니다.`,
    noun: `${lead} 이 절은 문장 안에서 명사처럼 쓰입니다. 이런 절 안의 주어에는 ‘이/가’를 쓰고, ‘은/는’은 쓰지 않습니다.`,
    subordinate: `${lead} 이 절은 뒤 문장에 이어지는 종속절입니다. 종속절의 주어에는 보통 ‘이/가’를 쓰며, ‘은/는’을 쓰면 대조의 뜻이 더해집니다.`,
    main: `${lead} ‘이/가’는 ${attachParticle(noun, 'object')} 새로운 정보로 제시하거나 다른 것과 구별해 가리킵니다. ‘은/는’을 쓰면 주제가 됩니다.`,
  }[item.clause];
};

const en = (item: RoleItem) => {
  const { noun, predicate: pred = '', head = '' } = item;
  switch (item.role) {
    case 'topic':
      return `은/는 marks ${noun} as the topic, what the sentence is about; the rest of the sentence says something about it. With 이/가, ${noun} would instead be presented as new information, or singled out from others.`;
    case 'object':
      return pred
        ? `${noun} is the object of ‘${pred}’, what the action is done to. The object takes 을/를.`
        : `을/를 marks ${noun} as the object, what the action is done to.`;
  }
  if (!pred || !item.clause)
    return `이/가 marks ${noun} as the subject, the one that does or is what the clause says, presented as new information or singled out. 은/는 would make it the topic instead.`;
  const lead = `${noun} is the subject of ‘${pred}’`;
  return {
    modifier: `${lead}, in a clause that describes ‘${head}’. Inside a clause that describes a noun, the subject takes 이/가; 은/는, which marks the topic of the whole sentence, is not used there.`,
    noun: `${lead}, in a clause that is used as a noun. The subject inside such a clause takes 이/가, not 은/는.`,
    subordinate: `${lead}, in a subordinate clause that leads into the rest of the sentence. The subject of such a clause usually takes 이/가; 은/는 there would add a contrast.`,
    main: `${lead}. 이/가 presents ${noun} as new information or singles it out; 은/는 would make it the topic instead.`,
  }[item.clause];
};

/**
 * Why the writer used the topic, subject or object particle here, in the learner's language.
 * e.g. explainRole({ noun: '엔비디아', role: 'subject', predicate: '명명한', clause: 'modifier', head: '용어', … }, 'en')
 *   → '엔비디아 is the subject of ‘명명한’, in a clause that describes ‘용어’. …'
 */
export const explainRole = (item: RoleItem, locale: 'ko' | 'en') => (locale === 'ko' ? ko(item) : en(item));
