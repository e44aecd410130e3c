/**
 * Numbers with large units and counters (27조 9000억원, 47만여 명, 0.1%포인트, 12일), said in English.
 * No dictionary can list them, and ko-dic splits them into UNK digits + NR 조/억 + NNBC 원, so this
 * module reads the characters of the text instead of tags.
 */

export type NumberExpression = { start: number; end: number; gloss: string };

/** What a counter is given: the amount said in English ("about 470,000", "2–3"), and its plain integer when it has one. */
type Amount = { text: string; one: boolean; int?: number; range: boolean; raw: string };
type Say = (a: Amount) => string | undefined;

function count(one: string, many: string, before = ''): Say {
  return (a) => `${before}${a.text} ${a.one ? one : many}`;
}
function kind(what: string): Say {
  return (a) => `${a.text} (${what})`;
}
// Ordinals need a single whole number: "the 2nd–3rd floor" or "the about-5th" are not English.
function nth(say: (n: string) => string): Say {
  return (a) => (a.int === undefined ? undefined : say(ordinal(a.int)));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];
const isYear = (n: number | undefined): n is number => n !== undefined && n >= 1000 && n <= 2999;
// A 4-digit 1000–2999 before 년 is a calendar year (2025년); any other number counts years (3년, 10여 년).
const year: Say = (a) => {
  if (isYear(a.int)) return `(the year) ${a.int}`;
  const span = /^([12]\d{3})~([12]\d{3})$/.exec(a.raw);
  return span ? `(the years) ${span[1]}–${span[2]}` : count('year', 'years')(a);
};

/** Counters and units after a number, as written; Latin keys must match a whole Latin run (mL, not m + L). */
const COUNTERS: Record<string, Say> = {
  개: kind('counter for things'),
  명: count('person', 'people'),
  인: count('person', 'people'),
  인분: count('serving', 'servings'),
  개국: count('country', 'countries'),
  개국어: count('language', 'languages'),
  개사: count('company', 'companies'),
  곳: count('place', 'places'),
  건: count('case', 'cases'),
  가지: count('kind', 'kinds'),
  가구: count('household', 'households'),
  세대: kind('generations or households'),
  마리: kind('animals'),
  // N0대 is far more often an age bracket (20대 여성) than twenty vehicles; say both.
  대: (a) =>
    a.int && a.int % 10 === 0 && a.int <= 90 ? `${a.int}s (age), or ${a.int} (vehicles or machines)` : kind('vehicles or machines')(a),
  장: kind('sheets'),
  권: kind('volumes'),
  잔: count('cup', 'cups'),
  컵: count('cup', 'cups'),
  병: count('bottle', 'bottles'),
  큰술: count('tablespoon', 'tablespoons'),
  작은술: count('teaspoon', 'teaspoons'),
  원: count('won', 'won'),
  달러: count('dollar', 'dollars'),
  엔: count('yen', 'yen'),
  위안: count('yuan', 'yuan'),
  유로: count('euro', 'euros'),
  년: year,
  년도: year,
  년대: (a) => (a.int === undefined ? undefined : `the ${a.int}s`),
  년형: (a) => (isYear(a.int) ? `the ${a.int} model` : undefined),
  년생: (a) => (isYear(a.int) ? `born in ${a.int}` : undefined),
  년간: count('year', 'years', 'for '),
  개월: count('month', 'months'),
  개월간: count('month', 'months', 'for '),
  달: count('month', 'months'),
  월: (a) => (a.int && a.int <= 12 ? MONTHS[a.int - 1] : undefined),
  주: count('week', 'weeks'),
  주간: count('week', 'weeks', 'for '),
  주년: nth((n) => `the ${n} anniversary`),
  // A day of the month when it is one whole number (12일); a count of days otherwise (10여 일, 1.5일).
  일: (a) => (a.int !== undefined ? `the ${ordinal(a.int)} (day)` : a.range ? undefined : count('day', 'days')(a)),
  일간: count('day', 'days', 'for '),
  시: (a) => (a.int !== undefined && a.int <= 24 ? `${a.int} o'clock` : undefined),
  시간: count('hour', 'hours'),
  분: count('minute', 'minutes'),
  분간: count('minute', 'minutes', 'for '),
  초: count('second', 'seconds'),
  분기: (a) => (a.int && a.int <= 4 ? `the ${QUARTERS[a.int - 1]} quarter` : undefined),
  세: count('year old', 'years old'),
  살: count('year old', 'years old'),
  '%': count('percent', 'percent'),
  퍼센트: count('percent', 'percent'),
  '%p': count('percentage point', 'percentage points'),
  '%P': count('percentage point', 'percentage points'),
  '%포인트': count('percentage point', 'percentage points'),
  '% 포인트': count('percentage point', 'percentage points'),
  퍼센트포인트: count('percentage point', 'percentage points'),
  포인트: count('point', 'points'),
  배: count('time', 'times'),
  번: (a) => (a.int === 1 ? 'once' : a.int === 2 ? 'twice' : count('time', 'times')(a)),
  회: count('time', 'times'),
  번째: nth((n) => n),
  위: nth((n) => `${n} place`),
  등: nth((n) => `${n} place`),
  층: nth((n) => `the ${n} floor`),
  차: nth((n) => `the ${n} (round)`),
  도: count('degree', 'degrees'),
  평: count('pyeong', 'pyeong'),
  그램: count('gram', 'grams'),
  킬로그램: count('kilogram', 'kilograms'),
  미터: count('meter', 'meters'),
  킬로미터: count('kilometer', 'kilometers'),
  리터: count('liter', 'liters'),
  g: count('gram', 'grams'),
  kg: count('kilogram', 'kilograms'),
  mg: count('milligram', 'milligrams'),
  mL: count('milliliter', 'milliliters'),
  ml: count('milliliter', 'milliliters'),
  L: count('liter', 'liters'),
  m: count('meter', 'meters'),
  cm: count('centimeter', 'centimeters'),
  mm: count('millimeter', 'millimeters'),
  km: count('kilometer', 'kilometers'),
  GB: count('gigabyte', 'gigabytes'),
  TB: count('terabyte', 'terabytes'),
  MW: count('megawatt', 'megawatts'),
  GW: count('gigawatt', 'gigawatts'),
  '㎏': count('kilogram', 'kilograms'),
  '㎎': count('milligram', 'milligrams'),
  '㎖': count('milliliter', 'milliliters'),
  '㎝': count('centimeter', 'centimeters'),
  '㎜': count('millimeter', 'millimeters'),
  '㎞': count('kilometer', 'kilometers'),
  '㎡': count('square meter', 'square meters'),
};
/** After 제 (제3조): the counter turns the ordinal into a heading. */
const JE: Record<string, (n: number) => string> = {
  조: (n) => `Article ${n}`,
  항: (n) => `Paragraph ${n}`,
  장: (n) => `Chapter ${n}`,
  호: (n) => `No. ${n}`,
  회: (n) => `the ${ordinal(n)} (edition)`,
  차: (n) => `the ${ordinal(n)} (round)`,
};
// One syllable counters that read as another word after a space (3 도로, 3 위기): only glued to the number.
const GLUED_ONLY = new Set('도위대장주차회등세인배번층권일월시분초');
// First syllables of particles, the copula and suffixes that may follow a counter (원으로, 명이다, 개씩, 명뿐).
const FOLLOWERS = '가과까께나는다대도라랑로를마만며밖보부뿐서씩어에엔여였와요으은을의이인입째짜쯤처한';
const SAYS = new Map(Object.entries(COUNTERS));
const KEYS = [...SAYS.keys()].filter((k) => !/^[A-Za-z]/.test(k)).sort((a, b) => b.length - a.length);
const BIG: Record<string, number> = { 만: 4, 억: 8, 조: 12 };
const SMALL: Record<string, number> = { 천: 3, 백: 2 };
const SCALE = 20; // fixed-point decimal places: exact arithmetic for 1.5조 and 27조 9000억
const TILDES = '~～〜∼';
const SCALES = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
] as const;

/** Number expressions in Korean text with an English gloss; offsets are UTF-16, end exclusive. 47만여 명 → "about 470,000 people" */
export function findNumberExpressions(text: string): NumberExpression[] {
  const found: NumberExpression[] = [];
  const runs = /[0-9][0-9.,]*/g;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const digits = readDigits(text, run.index);
    if (!digits) continue;
    const special = readClockOrRatio(text, run.index);
    if (special) {
      found.push(special);
      runs.lastIndex = special.end;
      continue;
    }
    const next = /^(?:[A-Za-z]+|[_/:-])/.exec(text.slice(digits.end))?.[0];
    // GB300, H100, 5G, COVID-19, URLs and 010-1234-5678 are codes, not quantities; 200mL is a quantity.
    if (/[A-Za-z_/:-]/.test(text[run.index - 1] ?? '') || (next !== undefined && !SAYS.has(next))) continue;
    const je = text[run.index - 1] === '제' && !isHangul(text[run.index - 2]);
    const expression = je ? readJe(text, run.index) : readExpression(text, run.index);
    if (!expression) continue;
    found.push(expression);
    runs.lastIndex = expression.end;
  }
  return found;
}

/**
 * A time of day (09:00 → "9:00 a.m.", 18:30 → "6:30 p.m."), a ratio (1:1 → "one-to-one (1:1)"), or a
 * fraction before a unit (1/2작은술 → "1/2 teaspoon"): digits joined by : or /, which are otherwise
 * codes. Not inside a longer code (10:00:00, 2025/11/28, A1/2).
 */
function readClockOrRatio(text: string, start: number): NumberExpression | undefined {
  if (/[A-Za-z0-9_/:.-]/.test(text[start - 1] ?? '')) return undefined;
  const pair = /^([0-9]{1,2})([:/])([0-9]{1,2})(?![0-9:/.])/.exec(text.slice(start));
  if (!pair) return undefined;
  const [whole, a, mark, b] = pair as unknown as [string, string, string, string];
  const end = start + whole.length;
  const [x, y] = [Number(a), Number(b)];
  if (mark === ':') {
    if (b.length === 2 && x <= 24 && y <= 59) {
      const hour = x % 12 === 0 ? 12 : x % 12;
      const half = x === 24 ? 'midnight' : x < 12 ? 'a.m.' : 'p.m.';
      return { start, end, gloss: `${hour}:${b} ${half} (${a}:${b})` };
    }
    return { start, end, gloss: x === 1 && y === 1 ? 'one-to-one (1:1)' : `${a}:${b} (ratio)` };
  }
  if (x === 0 || y === 0 || x >= y) return undefined;
  const amount: Amount = { text: `${a}/${b}`, one: true, range: false, raw: `${a}/${b}` };
  const counter = readCounter(text, end, amount);
  return counter ? { start, end: counter.end, gloss: counter.gloss } : { start, end, gloss: `${a}/${b} (a fraction)` };
}

function readExpression(text: string, start: number): NumberExpression | undefined {
  const first = readQuantity(text, start);
  if (!first) return undefined;
  const fraction = /^분의 ?([0-9]+)/.exec(text.slice(first.end)); // 3분의 1 is one third, not three minutes
  if (fraction && first.plain) return { start, end: first.end + fraction[0].length, gloss: `${fraction[1]}/${sayValue(first.value)}` };
  const tilde = text[first.end];
  const second = tilde && TILDES.includes(tilde) ? readQuantity(text, first.end + 1) : undefined;
  const end = second?.end ?? first.end;
  const about = !second && text[end] === '여';
  const number = second ? `${sayValue(first.value)}–${sayValue(second.value)}` : sayValue(first.value);
  const raw = text
    .slice(start, end)
    .replace(/,/g, '')
    .replace(/[～〜∼]/g, '~');
  const amount: Amount = {
    text: about ? `about ${number}` : number,
    one: !about && !second && first.value === 10n ** BigInt(SCALE),
    int: first.plain && !about && !second && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : undefined,
    range: Boolean(second),
    raw,
  };
  const counter = readCounter(text, about ? end + 1 : end, amount);
  if (counter) return { start, end: counter.end, gloss: counter.gloss };
  // A range whose counter will not take one (12~13일) is two expressions: emit the first, bare.
  if (second) return { start, end: first.end, gloss: sayValue(first.value) };
  return { start, end: about ? end + 1 : end, gloss: amount.text };
}

function readCounter(text: string, at: number, a: Amount): { end: number; gloss: string } | undefined {
  for (const gap of [0, 1]) {
    if (gap && !/^[ \u00a0]/.test(text.slice(at))) break;
    const p = at + gap;
    const latin = /^[A-Za-z]+/.exec(text.slice(p))?.[0];
    for (const key of latin ? [latin] : KEYS.filter((k) => text.startsWith(k, p))) {
      const say = SAYS.get(key);
      const gloss = say && !(gap && GLUED_ONLY.has(key)) && endsWord(text, p + key.length) ? say(a) : undefined;
      if (gloss) return { end: p + key.length, gloss };
    }
  }
  return undefined;
}

/** 제3 → "3rd", 제3조 → "Article 3"; 제 makes an ordinal and turns 조 from "trillion" into "article". */
function readJe(text: string, start: number): NumberExpression | undefined {
  const digits = /^[0-9]+/.exec(text.slice(start))?.[0];
  if (!digits) return undefined;
  const n = Number(digits);
  const end = start + digits.length;
  const head = Object.hasOwn(JE, text[end] ?? '') && endsWord(text, end + 1) ? JE[text[end] as string] : undefined;
  return { start: start - 1, end: head ? end + 1 : end, gloss: head ? head(n) : ordinal(n) };
}

/** 27조 9000억, 3억 5천만, 1만2000: groups of (digits, 천/백) each under a falling 조/억/만. */
function readQuantity(text: string, start: number): { value: bigint; end: number; plain: boolean } | undefined {
  const head = readGroup(text, start);
  if (!head) return undefined;
  let { value, end, big } = head;
  while (big > 0) {
    const gap = text[end] === ' ' ? 1 : 0;
    const next = readGroup(text, end + gap);
    // A spaced tail needs its own unit: in "1만 2025년" the 2025 is a year of its own.
    if (!next || next.big >= big || (gap && next.big === 0)) break;
    ({ end, big } = next);
    value += next.value;
  }
  return { value, end, plain: head.plain && head.end === end };
}

function readGroup(text: string, start: number): { value: bigint; end: number; big: number; plain: boolean } | undefined {
  let value = 0n;
  let end = start;
  let parts = 0;
  let last = 9;
  for (let d = readDigits(text, end); d; d = readDigits(text, end)) {
    const small = SMALL[text[d.end] ?? ''];
    parts += 1;
    if (small === undefined || small >= last) {
      value += toFixed(d.text);
      end = d.end;
      break;
    }
    value += toFixed(d.text) * 10n ** BigInt(small);
    end = d.end + 1;
    last = small;
  }
  if (parts === 0) return undefined;
  const big = BIG[text[end] ?? ''];
  // 3만큼 is "as much as 3": 만큼 is a particle there, not ten thousand.
  if (big === undefined || text.startsWith('만큼', end)) return { value, end, big: 0, plain: parts === 1 && last === 9 };
  return { value: value * 10n ** BigInt(big), end: end + 1, big, plain: false };
}

function readDigits(text: string, start: number): { text: string; end: number } | undefined {
  const run = /^[0-9][0-9.,]*/.exec(text.slice(start))?.[0].replace(/[.,]+$/, '');
  // 4,600 and 0.1 are numbers; 2025.10.09 and 3,4 are dates and lists.
  return run && /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$/.test(run) ? { text: run, end: start + run.length } : undefined;
}

function toFixed(digits: string): bigint {
  const [whole = '', fraction = ''] = digits.replace(/,/g, '').split('.');
  return BigInt(whole + fraction.slice(0, SCALE).padEnd(SCALE, '0'));
}

/** Trillions, billions and millions as English says them; smaller values in full with commas. */
function sayValue(value: bigint): string {
  for (const [power, name] of SCALES) {
    if (value >= 10n ** BigInt(SCALE + power)) return `${decimal(value, SCALE + power)} ${name}`;
  }
  return decimal(value, SCALE);
}

function decimal(value: bigint, places: number): string {
  const digits = value.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, -places).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits.slice(-places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const isHangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
// A counter ends where its eojeol ends or a particle, copula or suffix begins; never inside a Latin word.
const endsWord = (text: string, p: number) => !/[A-Za-z]/.test(text[p] ?? '') && (!isHangul(text[p]) || FOLLOWERS.includes(text[p] ?? ''));
