import { TAG, tagInfo, type Tag, type TagRole } from './tags';

/**
 * The josa (particles) and eomi (endings) that learners meet in the articles: what each does,
 * in English and Korean, with an example. Alternating pairs say which form follows a final
 * consonant (batchim). Matched by form and by the role of the ko-dic tag (see tags.ts).
 */
export type GrammarEntry = {
  key: string;
  /** How the entry is written for learners: 은/는, -(으)며. */
  label: string;
  kind: 'josa' | 'eomi' | 'copula' | 'suffix';
  /** Surface forms as ko-dic gives them (compatibility jamo for bare consonants: ㄴ다). */
  forms: string[];
  fn: { en: string; ko: string };
  example: { ko: string; en: string };
  batchim?: { en: string; ko: string };
  /** For a josa: the ko-dic tag it carries when it follows a lexicon word directly (인피니밴드+로/JKB). */
  tag?: Tag;
  /** For an alternating josa: the form after a final consonant and after a vowel; ㄹ counts as a vowel for (으)로. */
  pair?: { consonant: string; vowel: string; rieulAsVowel?: boolean };
};

/** The ko-dic tag of each josa entry, by key. */
const JOSA_TAG: Record<string, Tag> = {
  topic: TAG.JX,
  subject: TAG.JKS,
  object: TAG.JKO,
  possessive: TAG.JKG,
  location: TAG.JKB,
  source: TAG.JKB,
  means: TAG.JKB,
  and: TAG.JC,
  also: TAG.JX,
  until: TAG.JX,
  only: TAG.JX,
  'only-ppun': TAG.JX,
  quote: TAG.JKQ,
  'quote-ira': TAG.JKQ,
  'as-much': TAG.JKB,
  'with-i': TAG.JC,
  to: TAG.JKB,
  from: TAG.JX,
  like: TAG.JKB,
  than: TAG.JKB,
};

/** The alternating josa that the particle drill asks: the form after a consonant, the form after a vowel. */
const PAIRS: Record<string, GrammarEntry['pair']> = {
  topic: { consonant: '은', vowel: '는' },
  subject: { consonant: '이', vowel: '가' },
  object: { consonant: '을', vowel: '를' },
  and: { consonant: '과', vowel: '와' },
  means: { consonant: '으로', vowel: '로', rieulAsVowel: true },
};

const j = (
  key: string,
  label: string,
  forms: string[],
  en: string,
  ko: string,
  example: [string, string],
  batchim?: [string, string],
): GrammarEntry => ({
  key,
  label,
  kind: 'josa',
  forms,
  fn: { en, ko },
  example: { ko: example[0], en: example[1] },
  ...(batchim ? { batchim: { en: batchim[0], ko: batchim[1] } } : {}),
  ...(JOSA_TAG[key] ? { tag: JOSA_TAG[key] } : {}),
  ...(PAIRS[key] ? { pair: PAIRS[key] } : {}),
});
const e = (
  key: string,
  label: string,
  forms: string[],
  en: string,
  ko: string,
  example: [string, string],
  batchim?: [string, string],
): GrammarEntry => ({
  ...j(key, label, forms, en, ko, example, batchim),
  kind: 'eomi',
});

/** A derivational suffix (-들, -하다, -되다, -적), with the tag it carries after a lexicon word where it may follow one. */
const s = (key: string, label: string, forms: string[], en: string, ko: string, example: [string, string], tag?: Tag): GrammarEntry => ({
  ...j(key, label, forms, en, ko, example),
  kind: 'suffix',
  ...(tag ? { tag } : {}),
});

export const GRAMMAR: GrammarEntry[] = [
  j(
    'topic',
    '은/는',
    ['은', '는', 'ㄴ'],
    'topic marker: “as for …”, often contrast',
    '주제나 대조를 나타내는 보조사',
    ['마이크로소프트는 이미 앞서가요.', 'Microsoft is already ahead.'],
    [
      '은 after a final consonant (서버들은), 는 after a vowel (마이크로소프트는).',
      '받침이 있으면 은(서버들은), 없으면 는(마이크로소프트는).',
    ],
  ),
  j(
    'subject',
    '이/가',
    ['이', '가'],
    'subject marker',
    '주어임을 나타내는 주격 조사',
    ['엔비디아가 명명한 용어', 'a term coined by Nvidia'],
    ['이 after a final consonant (케빈 스콧이), 가 after a vowel (엔비디아가).', '받침이 있으면 이(스콧이), 없으면 가(엔비디아가).'],
  ),
  j(
    'object',
    '을/를',
    ['을', '를'],
    'object marker',
    '목적어임을 나타내는 목적격 조사',
    ['자금을 쏟아부으며', 'pouring in money'],
    ['을 after a final consonant (자금을), 를 after a vowel (서버를).', '받침이 있으면 을(자금을), 없으면 를(서버를).'],
  ),
  j('possessive', '의', ['의'], 'possessive: “of”, “’s”', '소유나 소속을 나타내는 관형격 조사', [
    '엔비디아의 최신 GPU',
    'Nvidia’s latest GPUs',
  ]),
  j('location', '에', ['에'], 'at, in, to (a place, time or target)', '장소·시간·대상을 나타내는 부사격 조사', [
    '34개국에 구축되어',
    'built in 34 countries',
  ]),
  j('source', '에서', ['에서'], 'at, in (where an action happens); from', '행동이 일어나는 장소나 출발점을 나타내는 부사격 조사', [
    '행사에서 발표할 예정',
    'will present at the event',
  ]),
  j(
    'means',
    '(으)로',
    ['으로', '로'],
    'by means of, via; toward; as',
    '수단·방향·자격을 나타내는 부사격 조사',
    ['인피니밴드로 연결되어', 'connected via InfiniBand'],
    [
      '으로 after a final consonant (전략으로), 로 after a vowel or ㄹ (인피니밴드로, 서울로).',
      '받침이 있으면 으로(전략으로), 받침이 없거나 ㄹ 받침이면 로(인피니밴드로, 서울로).',
    ],
  ),
  j(
    'and',
    '와/과',
    ['와', '과'],
    'and; with',
    '사물을 나열하거나 함께함을 나타내는 조사',
    ['엔비디아 및 AMD와 계약을 체결하며', 'signing deals with Nvidia and AMD'],
    ['과 after a final consonant (확장성과), 와 after a vowel (AMD와).', '받침이 있으면 과(확장성과), 없으면 와(규모와).'],
  ),
  j('also', '도', ['도'], 'also, too; even', '같은 것이 더해짐을 나타내는 보조사', [
    '앞으로의 행보도 기대해 볼 만해요.',
    'Its next moves are worth watching too.',
  ]),
  j('until', '까지', ['까지'], 'up to, until; even (this much)', '범위의 끝이나 “~조차”를 나타내는 보조사', [
    '네트워크 기술까지 선점하고',
    'cornering even networking technology',
  ]),
  j('only', '만', ['만'], 'only, just', '다른 것을 배제함을 나타내는 보조사', ['AI 칩뿐만 아니라', 'not only AI chips']),
  j('only-ppun', '뿐', ['뿐'], 'only (뿐만 아니라: not only … but also)', '“그것만”을 뜻하는 보조사; 뿐만 아니라는 “~만이 아니라”', [
    'AI 칩뿐만 아니라',
    'not only AI chips',
  ]),
  j('quote', '고', ['고'], 'quotation marker: “that …” after quoted words', '인용을 나타내는 조사', [
    '‘…위치에 있다’고 강조하고',
    'stressing that it is ‘… positioned’',
  ]),
  j(
    'quote-ira',
    '(이)라고',
    ['이라고', '라고'],
    'quotation: “saying/called …”',
    '말이나 생각을 인용하는 조사',
    ['계획이라고 밝혔는데요', 'said it plans to'],
    ['이라고 after a final consonant (계획이라고), 라고 after a vowel.', '받침이 있으면 이라고, 없으면 라고.'],
  ),
  j('as-much', '만큼', ['만큼'], 'as much as; since, given that (after -는)', '정도나 근거를 나타내는 조사(-는 만큼: ~하기 때문에)', [
    '선점하고 있는 만큼',
    'given that it has cornered',
  ]),
  j('to', '에게', ['에게'], 'to, for (a person or animal)', '행동이 미치는 대상(사람·동물)을 나타내는 부사격 조사', [
    '개발자에게 필요한 도구',
    'a tool developers need',
  ]),
  j('from', '부터', ['부터'], 'from, starting with (a time or point)', '어떤 일이나 범위의 시작을 나타내는 보조사', [
    '내년부터 운영됩니다',
    'it will operate from next year',
  ]),
  j('like', '처럼', ['처럼'], 'like, as', '모양이나 정도가 비슷함을 나타내는 부사격 조사', [
    '공장처럼 돌아가는 데이터센터',
    'data centres that run like factories',
  ]),
  j('than', '보다', ['보다'], 'than (in comparisons)', '비교의 기준을 나타내는 부사격 조사', [
    '기존보다 빠른 GPU',
    'GPUs faster than before',
  ]),
  j('with-i', '(이)나', ['이나', '나'], 'or; as many as', '선택이나 강조를 나타내는 조사', ['서버나 칩', 'servers or chips']),
  e(
    'formal',
    '-습니다/-ㅂ니다',
    ['습니다', 'ㅂ니다', '니다'],
    'formal polite statement ending',
    '격식을 갖춘 높임의 평서형 종결 어미',
    ['자리 잡고 있습니다.', 'It has established itself.'],
    [
      '-습니다 after a final consonant (있습니다), -ㅂ니다 after a vowel (합니다).',
      '받침이 있으면 -습니다(있습니다), 없으면 -ㅂ니다(합니다).',
    ],
  ),
  e(
    'neundeyo',
    '-는데요',
    ['는데요', 'ㄴ데요', '은데요'],
    'polite ending that sets up what follows, inviting the listener in',
    '뒤에 올 내용의 배경을 제시하며 부드럽게 말을 맺는 해요체 어미',
    ['움직임을 보이고 있는데요.', 'It is making moves (and here is why that matters).'],
  ),
  e(
    'dapnida',
    '-답니다',
    ['답니다', 'ㄴ답니다', '는답니다'],
    'friendly ending that passes on a fact: “you know”, “I tell you”',
    '알고 있는 사실을 친근하게 전하는 종결 어미(-다고 합니다의 준말에서 온 말)',
    ['규모를 자랑하고 있답니다.', 'It boasts quite a scale, you know.'],
  ),
  e(
    'myeo',
    '-(으)며',
    ['으며', '며'],
    'and; while (joins two clauses or actions)',
    '두 동작이나 사실을 나열하거나 동시에 일어남을 나타내는 연결 어미',
    ['자금을 쏟아부으며', 'pouring in money while …'],
    ['-으며 after a final consonant (있으며), -며 after a vowel (하며).', '받침이 있으면 -으며(있으며), 없으면 -며(하며).'],
  ),
  e('go', '-고', ['고'], 'and (joins clauses); -고 있다: be …ing', '나열하거나 -고 있다로 진행을 나타내는 연결 어미', [
    '보유하고 있으며',
    'has (is holding)',
  ]),
  e(
    'a-eo',
    '-아/어',
    ['아', '어', '여', '해'],
    'connective: links a verb to a helping verb or the next action',
    '본용언과 보조 용언을 잇거나 동작을 잇는 연결 어미',
    ['구축되어', 'having been built'],
    [
      '-아 after ㅏ or ㅗ (잡아), -어 after other vowels (넘어), -여 after 하 (하여 → 해).',
      '끝음절 모음이 ㅏ·ㅗ면 -아, 그 밖에는 -어, 하 뒤에서는 -여(해).',
    ],
  ),
  e(
    'ayo',
    '-아요/-어요',
    ['아요', '어요', '여요', '해요', '에요', '요'],
    'polite informal ending (해요체)',
    '두루 높이는 해요체 종결 어미',
    ['새로운 기준을 제시하고 있어요.', 'It is setting a new standard.'],
    ['-아요 after ㅏ or ㅗ, -어요 after other vowels, 해요 for 하다.', '끝음절 모음이 ㅏ·ㅗ면 -아요, 그 밖에는 -어요, 하다는 해요.'],
  ),
  e(
    'eulji',
    '-(으)ㄹ지',
    ['ㄹ지', '을지'],
    'whether, if (indirect question)',
    '막연한 의문을 나타내는 연결 어미',
    ['어떤 전략으로 이끌어갈지', 'with what strategy it will lead'],
    ['-을지 after a final consonant, -ㄹ지 after a vowel (갈지).', '받침이 있으면 -을지, 없으면 -ㄹ지(갈지).'],
  ),
  e(
    'past',
    '-았/었-',
    ['았', '었', '였', '했'],
    'past tense',
    '과거를 나타내는 선어말 어미',
    ['큰 주목을 받았습니다.', 'It drew great attention.'],
    ['-았- after ㅏ or ㅗ (받았), -었- elsewhere (되었), 했 for 하다.', '끝음절 모음이 ㅏ·ㅗ면 -았-, 그 밖에는 -었-, 하다는 했-.'],
  ),
  e('gess', '-겠-', ['겠'], 'will, intend to; softens a statement', '의지나 추측을 나타내는 선어말 어미', [
    '함께 살펴보겠습니다.',
    'Let’s take a look together.',
  ]),
  e('honorific', '-(으)시-', ['시', '으시', '세'], 'honorific: shows respect to the subject', '주체를 높이는 선어말 어미', [
    '어떻게 생각하시나요?',
    'What do you think?',
  ]),
  e('nayo', '-나요', ['나요'], 'polite, gentle question', '부드럽게 묻는 해요체 의문형 어미', [
    '어떻게 생각하시나요?',
    'What do you think?',
  ]),
  e(
    'seyo',
    '-(으)세요',
    ['세요', '으세요'],
    'polite request or statement about someone respected',
    '높임의 요청이나 설명을 나타내는 해요체 어미',
    ['의견을 나눠주세요!', 'Share your thoughts!'],
  ),
  e('ge', '-게', ['게'], 'adverbial: “…ly”, “so that”', '부사처럼 쓰이게 하거나 결과를 나타내는 연결 어미', [
    '새롭게 공개된',
    'newly unveiled',
  ]),
  e('gi', '-기', ['기'], 'nominaliser: turns a verb into a noun (“…ing”)', '용언을 명사처럼 쓰이게 하는 명사형 전성 어미', [
    '처리하기 위해',
    'in order to handle',
  ]),
  e(
    'eum',
    '-(으)ㅁ',
    ['음', 'ㅁ'],
    'nominaliser: “the fact that …”',
    '용언을 명사처럼 쓰이게 하는 명사형 전성 어미',
    ['갖추고 있음을 의미한답니다', 'means that it has'],
    ['-음 after a final consonant (있음), -ㅁ after a vowel (움직임).', '받침이 있으면 -음(있음), 없으면 -ㅁ(움직임).'],
  ),
  e('neun', '-는', ['는'], 'present modifier: makes a verb describe a noun (“that …s”)', '현재 시제의 관형사형 전성 어미', [
    '빛나는 서버 랙',
    'glowing server racks',
  ]),
  e(
    'eun-mod',
    '-(으)ㄴ',
    ['ㄴ', '은'],
    'modifier: past for verbs, present for adjectives (“that …ed”, “…”)',
    '동사에서는 과거, 형용사에서는 현재를 나타내는 관형사형 어미',
    ['막대한 자금', 'enormous funds'],
    ['-은 after a final consonant (수많은), -ㄴ after a vowel (거대한).', '받침이 있으면 -은(수많은), 없으면 -ㄴ(거대한).'],
  ),
  e(
    'eul-mod',
    '-(으)ㄹ',
    ['ㄹ', '을'],
    'future/possible modifier (“that will …”); -(으)ㄹ 수 있다: can',
    '추측·예정을 나타내는 관형사형 어미; -(으)ㄹ 수 있다는 가능',
    ['구동할 수 있다', 'can run'],
    ['-을 after a final consonant, -ㄹ after a vowel (할).', '받침이 있으면 -을, 없으면 -ㄹ(할).'],
  ),
  e('ryeoneun', '-(으)려는', ['려는', '으려는'], 'intending to, trying to (modifier)', '의도를 나타내며 뒤의 명사를 꾸미는 어미', [
    '건설하려는 지금',
    'now, as it tries to build',
  ]),
  e('dorok', '-도록', ['도록'], 'so that, to the point that', '목적이나 결과를 나타내는 연결 어미', [
    '수행할 수 있도록 돕는답니다',
    'helps so that it can play',
  ]),
  e('dago', '-다고', ['다고', 'ㄴ다고', '는다고'], 'reported speech: “(says) that …”', '남의 말이나 생각을 간접 인용하는 어미', [
    '구동할 수 있다고 해요',
    'it is said that it can run',
  ]),
  e(
    'rago',
    '-(이)라고',
    ['라고', '이라고'],
    'quoting after 이다: “(says) that it is …”',
    '이다 뒤에서 남의 말이나 생각을 간접 인용하는 어미',
    ['구축할 것이라고 예고했는데요', 'signalled that it will build'],
  ),
  e('daneun', '-다는', ['다는', 'ㄴ다는', '는다는'], '“that …” (modifier quoting a statement)', '인용된 내용으로 뒤의 명사를 꾸미는 어미', [
    '투자하겠다는 계획',
    'a plan to invest',
  ]),
  e('da', '-다', ['다', 'ㄴ다', '는다'], 'plain statement ending (written style, dictionary form)', '해라체 평서형 종결 어미', [
    '이어진다.',
    'It leads on.',
  ]),
  e('jiman', '-지만', ['지만'], 'but, although', '대조를 나타내는 연결 어미', ['하지만', 'but']),
  e('ni', '-(으)니', ['니', '으니'], 'since, so (reason)', '이유나 근거를 나타내는 연결 어미', [
    '발표할 예정이니',
    'since he is set to present',
  ]),
  e('ra', '-라', ['라'], '아니라: “not … but”', '아니다 뒤에서 “~이 아니고”를 뜻하는 연결 어미', ['AI 칩뿐만 아니라', 'not only AI chips']),
  {
    ...e('copula', '이다', ['이'], 'copula: “to be” (X이다: is X)', '체언을 서술어로 만드는 서술격 조사', [
      '강력한 플랫폼입니다.',
      'It is a powerful platform.',
    ]),
    kind: 'copula',
  },
  s('plural', '-들', ['들'], 'plural suffix', '복수를 나타내는 접미사', ['이 서버들은', 'these servers'], TAG.XSN),
  s('hada', '-하다', ['하', '해', '했'], 'makes a noun into a verb or adjective (“do …”)', '명사 뒤에 붙어 동사·형용사를 만드는 접미사', [
    '건설하려는',
    'trying to build',
  ]),
  s('doeda', '-되다', ['되', '돼', '됐'], 'passive verb suffix (“be …ed”)', '피동의 뜻을 더하는 동사 파생 접미사', [
    '설계되었으며',
    'was designed',
  ]),
  s('jeok', '-적', ['적'], '“-ic”, “-al”: of that nature', '“그 성격을 띠는”의 뜻을 더하는 접미사', ['핵심적인 역할', 'a key role']),
];

const BY_FORM = new Map<string, GrammarEntry[]>();
for (const entry of GRAMMAR) for (const form of entry.forms) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), entry]);

/** Which kind of entry explains a morpheme, by the role its tag plays (see tags.ts). */
const KIND_BY_ROLE: Partial<Record<TagRole, GrammarEntry['kind']>> = { josa: 'josa', eomi: 'eomi', copula: 'copula', affix: 'suffix' };

/**
 * The josa/eomi entry for a morpheme form and its ko-dic tag, if any.
 * e.g. findGrammar('로', 'JKB') → (으)로; findGrammar('으며', 'EC') → -(으)며
 */
export function findGrammar(form: string, tag: string): GrammarEntry | undefined {
  const kind = KIND_BY_ROLE[tagInfo(tag).role];
  if (!kind) return undefined;
  const candidates = BY_FORM.get(form) ?? [];
  return (
    candidates.find((entry) => entry.kind === kind) ?? (kind === 'josa' ? undefined : candidates.find((entry) => entry.kind !== 'josa'))
  );
}

export const GRAMMAR_BY_KEY = new Map(GRAMMAR.map((entry) => [entry.key, entry]));
