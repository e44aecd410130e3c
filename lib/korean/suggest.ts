import { canBeJungseong, disassembleToGroups } from 'es-hangul';

export type Suggestion = { english: string; score: number };

// Below this similarity the best English candidate is more likely chance than a transcription.
const THRESHOLD = 0.75;

// Both languages are reduced to one alphabet of coarse sound classes:
// P (p b f v), T (t d), K (k g c q), S (s th), J (j ch z), L (l r), M, N, G (ng), H, and V for any vowel.
// 'ㄱㅋ:K ㄷ:T' → { ㄱ: 'K', ㅋ: 'K', ㄷ: 'T' }: the tables stay one line each.
const table = (spec: string): Record<string, string> =>
  Object.fromEntries(
    spec.split(' ').flatMap((entry) => {
      const [keys = '', value = ''] = entry.split(':');
      return [...keys].map((key) => [key, value]);
    }),
  );

const INITIAL = table('ㄱㅋㄲ:K ㄷㅌㄸ:T ㅂㅍㅃ:P ㅅㅆ:S ㅈㅊㅉ:J ㄹ:L ㅁ:M ㄴ:N ㅎ:H ㅇ:');
// A final consonant is heard as one of seven sounds; loanwords write a final t as ㅅ (로봇, 넷플릭스).
const FINAL = { ...INITIAL, ...table('ㅅㅆㅈㅊㅎ:T ㅇ:G') };

const STOPWORDS = new Set(
  [
    'a an the of and or but nor to in on at by for from with as into onto about over under after before than then',
    'is are was were be been being am do does did has have had will would can could shall should may might must',
    'it its this that these those he she they we you i me him her his their our my your them us who whom which',
    'what there here not no so if also all some such per very just',
  ]
    .join(' ')
    .split(' '),
);

/** Coarse sound skeleton of a Hangul (or mixed) word: 파운드리 → PVNTLV. */
function skeletonKorean(word: string): string {
  let out = '';
  for (const run of word.match(/[가-힣]+|[A-Za-z]+/g) ?? []) {
    if (/^[A-Za-z]/.test(run)) {
      out += skeletonEnglish(run); // Latin inside Korean (오픈AI) is the English spelling itself.
      continue;
    }
    for (const [initial = '', ...rest] of disassembleToGroups(run)) {
      const vowels = rest.filter((jamo) => canBeJungseong(jamo));
      const finals = rest.slice(vowels.length);
      out += INITIAL[initial] ?? '';
      // ㅡ after a consonant is epenthetic in loanwords (드 for d, 스 for s), so it carries no vowel.
      if (!(vowels.join('') === 'ㅡ' && initial !== 'ㅇ')) out += 'V';
      out += finals.map((jamo) => FINAL[jamo] ?? '').join('');
    }
  }
  return collapse(out);
}

const VOWEL = /[aeiouy]/;
// Ordered by length: digraphs first. Each maps a spelling to the classes Korean hears in it.
const DIGRAPHS = 'tion:SVN sion:SVN ture:JV ph:P th:S sh:S ch:J ck:K gh: wh:V qu:KV nk:GK x:KS'
  .split(' ')
  .map((entry) => entry.split(':') as [string, string]);
const LETTER = table('bpfv:P dt:T kq:K s:S zj:J l:L m:M n:N w:V');

/** Coarse sound skeleton of an English word: foundry → PVNTLV. */
function skeletonEnglish(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  // A final e after a consonant is silent (ice → 아이스, software → 소프트웨어).
  const silentE = w.length > 2 && /[^aeiouy]e$/.test(w) ? w.length - 1 : -1;
  const isVowel = (i: number) => i < w.length && i !== silentE && VOWEL.test(w.charAt(i));
  let out = '';
  for (let i = 0; i < w.length;) {
    const digraph = DIGRAPHS.find(([spelling]) => w.startsWith(spelling, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const c = w.charAt(i);
    const next = w.charAt(i + 1);
    if (i === silentE) out += '';
    else if (VOWEL.test(c)) out += 'V';
    else if (c === 'c') out += /[eiy]/.test(next) ? 'S' : 'K';
    // -ng is ㅇ alone (Huang → 황), but ng before a sound keeps its g (England → 잉글랜드).
    else if (c === 'n' && next === 'g') out += 'G';
    else if (c === 'g') out += w.charAt(i - 1) === 'n' && next === '' ? '' : /[eiy]/.test(next) ? 'J' : 'K';
    // Transcription is non-rhotic: r is heard only before a vowel (server → 서버, Francisco → 프란시스코).
    else if (c === 'r') out += isVowel(i + 1) ? 'L' : '';
    else if (c === 'h') out += i === 0 ? 'H' : '';
    else out += LETTER[c] ?? '';
    i += 1;
  }
  return collapse(out);
}

// Doubled letters (coffee) and Korean's doubled ㄹ (테슬라) are one sound.
const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

// Pairs that Korean transcription confuses: th→ㅅ/ㄷ, z→ㅈ/ㅅ, soft g→ㅈ, n/ng.
const NEAR = new Set(['ST', 'TS', 'SJ', 'JS', 'TJ', 'JT', 'KJ', 'JK', 'NG', 'GN']);
const indel = (c: string) => (c === 'V' || c === 'H' ? 0.5 : 1);
const substitute = (a: string, b: string) => (a === b ? 0 : NEAR.has(a + b) ? 0.5 : a === 'V' || b === 'V' ? 1.5 : 1);

/** Similarity of two skeletons in 0–1, by weighted edit distance: PVNTLV vs PVNTLV → 1. */
function similarity(a: string, b: string): number {
  let row = [0];
  for (const cb of b) row.push((row.at(-1) ?? 0) + indel(cb));
  for (const ca of a) {
    const next = [(row[0] ?? 0) + indel(ca)];
    [...b].forEach((cb, j) => {
      next.push(Math.min((row[j + 1] ?? 0) + indel(ca), (next[j] ?? 0) + indel(cb), (row[j] ?? 0) + substitute(ca, cb)));
    });
    row = next;
  }
  const weight = (s: string) => [...s].reduce((sum, c) => sum + indel(c), 0);
  const longest = Math.max(weight(a), weight(b));
  return longest === 0 ? 0 : 1 - (row.at(-1) ?? 0) / longest;
}

/** English words of a sentence without punctuation or possessive 's: "Nvidia's chips." → [Nvidia, chips] */
function wordsOf(english: string): string[] {
  return english
    .split(/\s+/)
    .map((word) => word.replace(/['’]s$/i, '').replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
    .filter((word) => word !== '');
}

/**
 * The word or short phrase (1–3 words) of an English sentence that sounds most like a Hangul loanword, or null.
 * e.g. suggestFromEnglish('파운드리', 'TSMC leads the foundry market.') → { english: 'foundry', score: 1 }
 */
export function suggestFromEnglish(korean: string, english: string): Suggestion | null {
  const target = skeletonKorean(korean);
  if (target.replace(/V/g, '') === '') return null; // nothing consonantal to match on
  const words = wordsOf(english);
  let best: Suggestion | null = null;
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(start + 3, words.length); end++) {
      const phrase = words.slice(start, end);
      if ([phrase[0], phrase.at(-1)].some((edge) => STOPWORDS.has(edge?.toLowerCase() ?? ''))) continue;
      if (phrase.some((word) => /\d/.test(word))) continue;
      const text = phrase.join(' ');
      // A plural is matched as its singular too, since Korean does not mark number (servers → 서버).
      for (const candidate of /[^s]s$/i.test(text) ? [text, text.slice(0, -1)] : [text]) {
        const score = similarity(target, skeletonPhrase(candidate));
        if (!best || score > best.score) best = { english: candidate, score };
      }
    }
  }
  return best && best.score >= THRESHOLD ? best : null;
}

// Words are sounded one at a time, so a silent e or a word-initial h stays where it belongs.
const skeletonPhrase = (phrase: string) => collapse(phrase.split(' ').map(skeletonEnglish).join(''));
