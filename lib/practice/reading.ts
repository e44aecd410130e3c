import { disassembleCompleteCharacter, hasBatchim, numberToHangul } from 'es-hangul';

/**
 * How a word is read aloud, as far as its last sound goes: a particle after it (은/는, 이/가, 을/를,
 * 와/과, (으)로) follows that sound, not the spelling. 300 → 삼백 → 300은; GPU → 지피유 → GPU가;
 * Google → 구글 → 구글이 … 구글로; GB200 → 지비이백 → GB200은; 오픈AI → 오픈에이아이 → 오픈AI가.
 *
 * - `hangul`: the word ends in Hangul and is read as written.
 * - `number`: digits are read as Sino-Korean numerals (300 → 삼백, 4,600 → 사천육백, 1 → 일).
 * - `letters`: capitals are read letter by letter (GPU → 지피유, AMD → 에이엠디, IBM → 아이비엠).
 * - `word`: a Latin word or name found in READ_AS_WORD, read as the word (Google → 구글).
 * - `guess`: any other Latin word: its last sound is guessed from English spelling (see guessFinal).
 */
export type ReadingKind = 'hangul' | 'number' | 'letters' | 'word' | 'guess';
export type Reading = {
  kind: ReadingKind;
  /** The Hangul reading of the last word (지비이백), or null when only its last sound is guessed. */
  reading: string | null;
  /** The last syllable as read (백), or null for a guess. */
  last: string | null;
  /** The final consonant of the last sound (batchim ㄱ), or '' for a vowel. */
  final: string;
};

/** Korean names of the Latin letters (외래어 표기법): B 비, L 엘, M 엠, N 엔, R 알, Z 제트. */
const LETTERS: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '시',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '제트',
};

/**
 * Latin words, names and brands as Korean writes and says them: the articles' own names first, then
 * common ones of tech news, and the capitalised abbreviations said as a word, not letter by letter
 * (NASA → 나사, DRAM → 디램). Keys are lower case. A word not here is read by guessFinal, which
 * can be wrong: add a word here when it is.
 */
export const READ_AS_WORD: Record<string, string> = {
  // The articles
  azure: '애저',
  infiniband: '인피니밴드',
  blackwell: '블랙웰',
  ultra: '울트라',
  techcrunch: '테크크런치',
  disrupt: '디스럽트',
  kevin: '케빈',
  scott: '스콧',
  sam: '샘',
  altman: '올트먼',
  satya: '사티아',
  nadella: '나델라',
  microsoft: '마이크로소프트',
  nvidia: '엔비디아',
  openai: '오픈에이아이',
  grace: '그레이스',
  instinct: '인스팅트',
  // Companies and products often in the news
  google: '구글',
  apple: '애플',
  amazon: '아마존',
  meta: '메타',
  intel: '인텔',
  tesla: '테슬라',
  samsung: '삼성',
  oracle: '오라클',
  anthropic: '앤스로픽',
  youtube: '유튜브',
  facebook: '페이스북',
  iphone: '아이폰',
  android: '안드로이드',
  windows: '윈도',
  excel: '엑셀',
  chatgpt: '챗지피티',
  gemini: '제미나이',
  claude: '클로드',
  copilot: '코파일럿',
  python: '파이선',
  // Common words
  cloud: '클라우드',
  server: '서버',
  chip: '칩',
  data: '데이터',
  model: '모델',
  network: '네트워크',
  platform: '플랫폼',
  app: '앱',
  web: '웹',
  // Abbreviations said as words
  nasa: '나사',
  nato: '나토',
  unesco: '유네스코',
  opec: '오펙',
  fifa: '피파',
  ram: '램',
  dram: '디램',
  sram: '에스램',
  nand: '낸드',
  lan: '랜',
  asic: '에이식',
  saas: '사스',
  lidar: '라이다',
};

const finalOfSyllable = (syllable: string) => (hasBatchim(syllable) ? (disassembleCompleteCharacter(syllable)?.jongseong ?? '') : '');
const hangul = (kind: ReadingKind, reading: string): Reading => {
  const last = reading.at(-1)!;
  return { kind, reading, last, final: finalOfSyllable(last) };
};

/**
 * Digits as Sino-Korean numerals, as they are said: 300 → 삼백, 4,600 → 사천육백, 10000 → 만,
 * 1.5 → 일 점 오. e.g. readNumber('1,300') → '천삼백'
 */
export function readNumber(digits: string): string {
  const [whole = '', fraction] = digits.replace(/,/g, '').split('.');
  const integer = Number(whole);
  // Beyond 2^53 digits lose precision; only the last ones matter for a particle, so keep 16.
  const said = Number.isSafeInteger(integer) ? numberToHangul(integer) : numberToHangul(Number(whole.slice(-16)));
  const spoken = said.replace(/^일만/, '만');
  if (!fraction) return spoken;
  const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
  return `${spoken} 점 ${[...fraction].map((d) => DIGITS[Number(d)]).join('')}`;
}

/**
 * The last sound of an English word not in READ_AS_WORD, from its spelling, by the rules of Korean
 * loanword spelling (외래어 표기법): final m, n, ng → ㅁ, ㄴ, ㅇ (game, phone, ping); l → ㄹ
 * (Google, Intel); p, k, t after one short vowel → ㅂ, ㄱ, ㅅ (chip, book, chat, robot); anything else
 * takes a vowel (server, drive, desk, page). Limits: English spelling does not fix pronunciation,
 * and loanwords are not consistent (set → 세트 but robot → 로봇): this is a guess, and the
 * explanation says so.
 */
export function guessFinal(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (/ng$/.test(w)) return 'ㅇ';
  if (/(m|mb|[aeiou]me)$/.test(w)) return 'ㅁ';
  if (/(n|gn|[aeiou]ne)$/.test(w)) return 'ㄴ';
  if (/(l|le)$/.test(w)) return 'ㄹ';
  const stop = /(?:^|[^aeiou])(?:[aeiou]|oo)(pp?|ck|k|tt?)$/.exec(w);
  if (stop) return stop[1]!.startsWith('p') ? 'ㅂ' : stop[1]!.startsWith('t') ? 'ㅅ' : 'ㄱ';
  return '';
}

/** One run of Latin letters: a known word, capitals letter by letter, or a guess. */
function readLatin(run: string): Reading {
  const word = run.toLowerCase();
  // Own keys only: a text may hold "constructor" or "__proto__".
  const known = Object.hasOwn(READ_AS_WORD, word) ? READ_AS_WORD[word] : undefined;
  if (known) return hangul('word', known);
  // OpenAI, iPhoneX: a run of capitals after lower case is an abbreviation of its own.
  const capitals = /[a-z]([A-Z]+)$/.exec(run)?.[1];
  const spelled = /^[A-Z]+$/.test(run) ? run : capitals && capitals.length >= 2 ? capitals : null;
  if (spelled) return hangul('letters', [...spelled].map((c) => LETTERS[c]).join(''));
  return { kind: 'guess', reading: null, last: null, final: guessFinal(run) };
}

/**
 * How the last word of a noun is read, for choosing its particle.
 * e.g. readAloud('GB200') → { kind: 'number', reading: '지비이백', last: '백', final: 'ㄱ' }
 */
export function readAloud(noun: string): Reading {
  // A gloss in parentheses does not count: 인피니밴드(InfiniBand)로 follows 인피니밴드.
  const bare = noun.replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s'"‘’“”]+$/, '');
  const word = bare.split(/\s+/).at(-1) ?? '';
  if (/[가-힣]$/.test(word)) return hangul('hangul', word);
  const runs = word.match(/[가-힣]+|[0-9][0-9,.]*[0-9]|[0-9]|[A-Za-z]+|%/g) ?? [];
  const parts = runs.map((run): Reading => {
    if (/^[가-힣]/.test(run)) return hangul('hangul', run);
    if (/^[0-9]/.test(run)) return hangul('number', readNumber(run));
    if (run === '%') return hangul('word', '퍼센트');
    return readLatin(run);
  });
  const end = parts.at(-1);
  if (!end) return { kind: 'guess', reading: null, last: null, final: '' };
  const whole = parts.every((p) => p.reading) ? parts.map((p) => p.reading!.replace(/ /g, '')).join('') : end.reading;
  // GB200: the digits decide, but the whole is read 지비이백; 오픈AI: 오픈에이아이.
  return { ...end, reading: whole };
}
