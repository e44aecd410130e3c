import type { WordClass } from './types';

// The Revised Romanization of Korean (NIKL, 2000) writes how a word is pronounced by the standard
// pronunciation (표준 발음법), with three exceptions: tensing is not written (압구정 Apgujeong), ㄱ/ㄷ/ㅂ + ㅎ
// keeps the h in nouns (묵호 Mukho), and ㅢ is always ui (희망 huimang). es-hangul's romanize goes
// through its standardizePronunciation, which writes tensing (없이 eopssi) and adds ㄴ wherever a
// syllable starts with 이 after a consonant (현대적인 hyeondaejeongnin), so the rules are applied here.

const ONSETS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const CODAS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const VOWEL_RR = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const ONSET_RR = letters('ㄱg ㄲkk ㄴn ㄷd ㄸtt ㄹr ㅁm ㅂb ㅃpp ㅅs ㅆss ㅇ ㅈj ㅉjj ㅊch ㅋk ㅌt ㅍp ㅎh');
const CODA_RR = letters('ㄱk ㄴn ㄷt ㄹl ㅁm ㅂp ㅇng');
/** A final cluster: the consonant that stays and the one that links to a following vowel (닭이 → 달기). */
const CLUSTERS: Record<string, [string, string]> = Object.fromEntries(
  'ㄳㄱㅅ ㄵㄴㅈ ㄶㄴㅎ ㄺㄹㄱ ㄻㄹㅁ ㄼㄹㅂ ㄽㄹㅅ ㄾㄹㅌ ㄿㄹㅍ ㅀㄹㅎ ㅄㅂㅅ'.split(' ').map((c) => [c[0], [c[1], c[2]]]),
);
const each = <T>(chars: string, value: T): Record<string, T> => Object.fromEntries([...chars].map((c) => [c, value]));
/** The seven sounds a final consonant is pronounced as (표준 발음법 제8–11항): 부엌 [부억], 값 [갑], 닭 [닥]. */
const NEUTRAL: Record<string, string> = {
  ...each('ㄱㄲㅋㄳㄺ', 'ㄱ'),
  ...each('ㄴㄵㄶ', 'ㄴ'),
  ...each('ㄷㅅㅆㅈㅊㅌㅎ', 'ㄷ'),
  ...each('ㄹㄼㄽㄾㅀ', 'ㄹ'),
  ...each('ㅁㄻ', 'ㅁ'),
  ...each('ㅂㅍㄿㅄ', 'ㅂ'),
  ㅇ: 'ㅇ',
};
const NASAL: Record<string, string> = { ㄱ: 'ㅇ', ㄷ: 'ㄴ', ㅂ: 'ㅁ' };
const ASPIRATED: Record<string, string> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ', ㅂ: 'ㅍ' };
/** Sino-Korean suffixes after which ㄴ + ㄹ is read [ㄴㄴ] (제20항 다만): 신문로 [신문노], 생산량 [생산냥]; but 신라 [실라]. */
const NN_SUFFIXES = new Set([...'란량력례로론료류률']);
/**
 * Compounds whose parts meet in a way the letters do not show (ㄴ insertion, 제29항; a final read
 * before it links to a content word, 제15항), respelled as they are read before the other rules.
 * ㄴ insertion cannot be told from spelling (알약 [알략] but 절약 [저략], 금요일 [그묘일]), so only these get it.
 */
const COMPOUNDS: [string, string][] = [
  ['학여울', '학녀울'],
  ['알약', '알냑'],
  ['물약', '물냑'],
  ['내복약', '내복냑'],
  ['솔잎', '솔닙'],
  ['꽃잎', '꽃닙'],
  ['깻잎', '깻닙'],
  ['색연필', '색년필'],
  ['한여름', '한녀름'],
  ['담요', '담뇨'],
  ['식용유', '식용뉴'],
  ['휘발유', '휘발뉴'],
  ['맨입', '맨닙'],
  ['콩엿', '콩녓'],
  ['물엿', '물녓'],
  ['솜이불', '솜니불'],
  ['눈요기', '눈뇨기'],
  ['겉옷', '걷옷'],
  ['헛웃음', '헏웃음'],
  ['첫인상', '첟인상'],
  ['맛없', '맏없'],
];

type Syllable = { on: string; v: string; coda: string };

function letters(spec: string): Record<string, string> {
  return Object.fromEntries(spec.split(' ').map((pair) => [pair[0]!, pair.slice(1)]));
}

function decompose(word: string): Syllable[] {
  return [...word].map((char) => {
    const code = char.charCodeAt(0) - 0xac00;
    return { on: ONSETS[Math.floor(code / 588)]!, v: VOWELS[Math.floor((code % 588) / 28)]!, coda: CODAS[code % 28]! };
  });
}

/** A final before ㅎ: what stays, and the plain stop that ㅎ aspirates in a verb (밝히다 [발키다], 앉히다 [안치다]). */
const BEFORE_HIEUT: Record<string, [string, string]> = {
  ...each('ㄱㄲㅋㄳ', ['', 'ㄱ']),
  ...each('ㄷㅅㅆㅌ', ['', 'ㄷ']),
  ...each('ㅈㅊ', ['', 'ㅈ']),
  ...each('ㅂㅍㅄ', ['', 'ㅂ']),
  ㄺ: ['ㄹ', 'ㄱ'],
  ㄵ: ['ㄴ', 'ㅈ'],
  ㄼ: ['ㄹ', 'ㅂ'],
  ㄽ: ['ㄹ', 'ㄷ'],
  ㄾ: ['ㄹ', 'ㄷ'],
  ㄿ: ['ㄹ', 'ㅂ'],
};

/** Applies the sound changes where syllable `a` meets syllable `b` (a's final, b's initial). */
function meet(a: Syllable, b: Syllable, noun: boolean, nnSuffix: boolean, written: string): void {
  const [stay, second] = CLUSTERS[a.coda] ?? [a.coda, ''];
  const hieut = a.coda === 'ㅎ' || second === 'ㅎ';
  if (b.on === 'ㅇ') {
    // 연음 (linking): a final moves over to a following vowel; ㅎ falls silent (좋아 [조아], 많아 [마나]).
    if (a.coda === '' || a.coda === 'ㅇ') return;
    const moving = hieut ? (second ? stay : '') : second || a.coda;
    a.coda = hieut || !second ? '' : stay;
    // 구개음화 (palatalisation): ㄷ, ㅌ before 이 read [ㅈ, ㅊ] (해돋이 [해도지], 같이 [가치]).
    if (moving) b.on = b.v === 'ㅣ' && (moving === 'ㄷ' || moving === 'ㅌ') ? (moving === 'ㄷ' ? 'ㅈ' : 'ㅊ') : moving;
    return;
  }
  if (hieut) {
    // ㅎ + ㄱ/ㄷ/ㅈ aspirate (좋고 [조코]); before ㅅ the tensing is not written; before ㄴ, ㅎ reads [ㄴ] (놓는 [논는]).
    const aspirates = 'ㄱㄷㅈ'.includes(b.on);
    a.coda = second ? stay : b.on === 'ㄴ' ? 'ㄴ' : aspirates || b.on === 'ㅅ' || b.on === 'ㅎ' ? '' : 'ㄷ';
    if (aspirates) b.on = ASPIRATED[b.on]!;
    if (b.on !== 'ㄴ' && b.on !== 'ㄹ') return;
  } else if (b.on === 'ㅎ') {
    // Aspiration is written in verbs and adjectives (굳히다 [구치다], 잡혀 [자펴]), not in nouns (묵호 Mukho, 역할 yeokhal).
    const [rest, stop] = BEFORE_HIEUT[a.coda] ?? ['', ''];
    if (!stop || noun) a.coda = NEUTRAL[a.coda] ?? '';
    else {
      b.on = stop === 'ㄷ' && b.v === 'ㅣ' ? 'ㅊ' : ASPIRATED[stop]!;
      a.coda = rest;
    }
    return;
  }
  // ㄺ reads [ㄹ] before ㄱ in a verb (읽고 [일꼬]); ㄼ reads [ㅂ] in 밟- (밟는 [밤는]).
  const coda =
    a.coda === 'ㄺ' && b.on === 'ㄱ' && !noun ? 'ㄹ' : a.coda === 'ㄼ' && /^(밟|넓[죽둥])/.test(written) ? 'ㅂ' : (NEUTRAL[a.coda] ?? '');
  a.coda = coda;
  if (NASAL[coda] && (b.on === 'ㄴ' || b.on === 'ㅁ' || b.on === 'ㄹ')) {
    // 비음화 (nasalisation): 백마 [뱅마], 국민 [궁민]; and ㄹ after it reads [ㄴ] (왕십리 [왕심니], 협력 [혐녁]).
    a.coda = NASAL[coda]!;
    if (b.on === 'ㄹ') b.on = 'ㄴ';
  } else if ((coda === 'ㅁ' || coda === 'ㅇ') && b.on === 'ㄹ')
    b.on = 'ㄴ'; // 종로 [종노], 담력 [담녁]
  else if (coda === 'ㄴ' && b.on === 'ㄹ') {
    // 유음화 (liquidisation): 신라 [실라]; but 신문로 [신문노].
    if (nnSuffix) b.on = 'ㄴ';
    else a.coda = 'ㄹ';
  } else if (coda === 'ㄹ' && b.on === 'ㄴ') b.on = 'ㄹ'; // 별내 [별래]
}

function toLetters(syllables: Syllable[]): string {
  return syllables
    .map((s, i) => {
      const onset = s.on === 'ㄹ' && syllables[i - 1]?.coda === 'ㄹ' ? 'l' : ONSET_RR[s.on]!;
      return onset + VOWEL_RR[VOWELS.indexOf(s.v)]! + (CODA_RR[s.coda] ?? '');
    })
    .join('');
}

/** Whether ㄱ/ㄷ/ㅂ + ㅎ keeps its h: in nouns (and when nothing says otherwise). */
const isNounLike = (wordClass: WordClass | null | undefined) =>
  !wordClass || !['verb', 'adjective', 'adverb', 'determiner', 'ending'].includes(wordClass);

/**
 * One word of Hangul syllables in the Revised Romanization, lower case. The word class decides one
 * rule: ㄱ/ㄷ/ㅂ + ㅎ is aspirated in verbs, adjectives and adverbs and keeps its h in nouns.
 * e.g. romanizeWord('역할을', 'noun') → 'yeokhareul'; romanizeWord('굳히다', 'verb') → 'guchida'
 */
export function romanizeWord(word: string, wordClass?: WordClass | null): string {
  const compound = COMPOUNDS.find(([written]) => word.startsWith(written));
  const respelled = compound ? compound[1] + word.slice(compound[0].length) : word;
  const syllables = decompose(respelled);
  const noun = isNounLike(wordClass);
  for (let i = 0; i + 1 < syllables.length; i++) {
    const nnSuffix = i >= 1 && NN_SUFFIXES.has(word[i + 1]!) && syllables[i]!.coda === 'ㄴ';
    meet(syllables[i]!, syllables[i + 1]!, noun, nnSuffix, word.slice(i));
  }
  const last = syllables.at(-1);
  if (last) last.coda = NEUTRAL[last.coda] ?? '';
  return toLetters(syllables);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const HANGUL_RUN = /[가-힣]+/g;
/** Quotation marks, and the marks that end a sentence, are left off the ruby line; brackets stay, as in the word: (원)를. */
const QUOTES = /['"“”‘’「」『』《》〈〉]/g;
const EDGE_PUNCTUATION = /^[.,!?;:…·-]+|[.,!?;:…·-]+$/g;

/**
 * Revised Romanization of an eojeol, for the ruby line. Each run of Hangul is romanized on its own,
 * so brackets and symbols never join two words ((원)를 → (won)reul); a proper noun is capitalised.
 * e.g. romanizeEojeol('데이터센터는,') → 'deiteosenteoneun'; romanizeEojeol('종로', 'proper noun') → 'Jongno'
 */
export function romanizeEojeol(surface: string, wordClass?: WordClass | null): string | null {
  if (!/[가-힣]/.test(surface)) return null;
  const text = surface
    // An English gloss whose parenthesis closes in a later word (울트라(Blackwell Ultra)) is left to the
    // text: the reading is of the Korean. A whole one stays, as written: 인피니밴드(InfiniBand)로.
    .replace(/\([^)가-힣]*$/, '')
    .replace(QUOTES, '')
    .replace(EDGE_PUNCTUATION, '')
    .replace(HANGUL_RUN, (run) => romanizeWord(run, wordClass));
  return wordClass === 'proper noun' ? capitalize(text) : text;
}

/**
 * A Korean person's name: family name, then given name, each capitalised; sound changes inside a
 * name are not written (RR 제3장 제4항: 한복남 Han Boknam, 홍빛나 Hong Bitna).
 * e.g. romanizePersonName('김민수') → 'Gim Minsu'
 */
export function romanizePersonName(name: string): string {
  const syllable = (char: string) => romanizeWord(char, 'proper noun');
  const [family, ...given] = [...name];
  return `${capitalize(syllable(family ?? ''))} ${capitalize(given.map(syllable).join(''))}`.trim();
}
