import { josa } from 'es-hangul';
import { GRAMMAR } from '@/lib/korean/browser';
import { readAloud } from './reading';

/**
 * The alternating particle pairs of the drill, from the josa table: 은/는, 이/가, 을/를, 와/과, (으)로.
 * `forms` lists the form after a consonant, then the form after a vowel.
 */
export const PARTICLE_PAIRS = GRAMMAR.flatMap((entry) =>
  entry.pair ? [{ key: entry.key, label: entry.label, forms: [entry.pair.consonant, entry.pair.vowel], rule: entry.pair }] : [],
);
export type ParticlePair = (typeof PARTICLE_PAIRS)[number];

/** The pair a particle belongs to, if it alternates. e.g. pairOf('로') → (으)로 */
export const pairOf = (particle: string) => PARTICLE_PAIRS.find((pair) => pair.forms.includes(particle));
/** The pair of a josa table key. e.g. pairByKey('topic') → 은/는 */
export const pairByKey = (key: string) => PARTICLE_PAIRS.find((pair) => pair.key === key);

const formAfter = (final: string, pair: ParticlePair) =>
  final !== '' && !(pair.rule.rieulAsVowel && final === 'ㄹ') ? pair.rule.consonant : pair.rule.vowel;

/**
 * The right form for a noun by the batchim rule of the josa table, applied to the word as it is
 * read (readAloud): 서울로, 300은 (삼백), GPU가 (지피유), 구글로, 1로 (일), 10으로 (십).
 * e.g. correctParticle('서울', (으)로) → '로'
 */
export const correctParticle = (noun: string, pair: ParticlePair): string => formAfter(readAloud(noun).final, pair);

/** A noun with the right form of a pair's particle, by its reading. e.g. attachParticle('GPU', 'subject') → 'GPU가' */
export function attachParticle(noun: string, key: string): string {
  const pair = pairByKey(key);
  return pair ? noun + correctParticle(noun, pair) : noun;
}

// After a quoted Hangul form, es-hangul's josa reads its last syllable: ‘는’을, ‘로’를, ‘삼백’으로.
const quote = (word: string, particles: '을/를' | '이/가' | '으로/로') => `‘${word}’${josa(word, particles).slice(word.length)}`;

type Sound = { form: string; other: string; final: string; last: string; rieul: boolean };

function soundRule(s: Sound, name: string, locale: 'ko' | 'en', lead: 'word' | 'sound'): string {
  const { form, other, final, last, rieul } = s;
  const chosen = `${quote(form, '을/를')} 씁니다(${quote(other, '이/가')} 아님).`;
  const at = lead === 'word' ? `${name}의 마지막 글자 ${last}` : `마지막 소리 ‘${last}’`;
  if (rieul) {
    return locale === 'en'
      ? `${name} ends in ㄹ (${last}). (으)로 treats ㄹ like a vowel, so it takes ${form}, not ${other}.`
      : `${at}의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ${chosen}`;
  }
  if (final) {
    return locale === 'en'
      ? `${name} ends in a consonant (batchim ${final} in ${last}), so it takes ${form}, not ${other}.`
      : `${at}에 받침 ${final}이 있으므로 ${chosen}`;
  }
  return locale === 'en'
    ? `${name} ends in a vowel (${last} has no batchim), so it takes ${form}, not ${other}.`
    : `${at}에 받침이 없으므로 ${chosen}`;
}

const HOW = {
  number: { en: 'Numbers are read as Sino-Korean numerals', ko: '숫자는 한자어 수사로 읽으므로' },
  letters: { en: 'An abbreviation is read letter by letter', ko: '영문 약어는 알파벳을 한 글자씩 읽으므로' },
  word: { en: 'A word in Latin letters is read as the word', ko: '로마자로 적은 단어나 이름은 그 단어의 발음대로 읽으므로' },
} as const;

const GLOSS = {
  en: 'The gloss in parentheses does not count: the particle follows the word before it.',
  ko: '괄호 안의 말은 따지지 않고 그 앞의 말에 맞춥니다.',
};

function explainGuess(noun: string, s: Sound, locale: 'ko' | 'en'): string {
  if (locale === 'en') {
    const ends = s.rieul ? 'is ㄹ, which (으)로 treats like a vowel' : s.final ? `ends in a consonant (batchim ${s.final})` : 'is a vowel';
    return `${noun} is read as an English word. Going by its spelling, its last sound ${ends}, so it takes ${s.form}, not ${s.other}. This is a guess from the spelling: check how the word is said.`;
  }
  const ends = s.rieul ? '받침 ㄹ이 있고, (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼' : s.final ? `받침 ${s.final}이 있으므로` : '받침이 없으므로';
  return `${attachParticle(noun, 'topic')} 영어 단어로 읽습니다. 철자로 보아 마지막 소리에 ${ends} ${quote(s.form, '을/를')} 씁니다(${quote(s.other, '이/가')} 아님). 철자만 보고 짐작한 것이므로 실제 발음을 확인하세요.`;
}

/**
 * Why a noun takes the form it does, in the learner's language, from how it is read: a final
 * consonant (batchim), a vowel, or ㄹ, which takes 로 like a vowel; for digits and Latin letters,
 * first how they are read (300 → 삼백, GPU → 지피유, Google → 구글).
 * e.g. explainParticle('GPU', 이/가, 'en') → 'An abbreviation is read letter by letter: GPU is read 지피유. …'
 */
export function explainParticle(noun: string, pair: ParticlePair, locale: 'ko' | 'en'): string {
  const r = readAloud(noun);
  const form = formAfter(r.final, pair);
  const s: Sound = {
    form,
    other: pair.forms.find((f) => f !== form) ?? '',
    final: r.final,
    last: r.last ?? '',
    rieul: !!pair.rule.rieulAsVowel && r.final === 'ㄹ',
  };
  // 인피니밴드(InfiniBand)로: a gloss in parentheses is skipped, and the word before it decides.
  const gloss = /\([^)]*\)\s*$/.test(noun) ? ` ${GLOSS[locale]}` : '';
  if (r.kind === 'guess') return explainGuess(noun, s, locale) + gloss;
  if (r.kind === 'hangul') return soundRule(s, noun, locale, 'word') + gloss;
  const reading = r.reading!;
  const how = HOW[r.kind];
  return locale === 'en'
    ? `${how.en}: ${noun} is read ${reading}. ${soundRule(s, reading, locale, 'sound')}${gloss}`
    : `${how.ko} ${attachParticle(noun, 'topic')} ${quote(reading, '으로/로')} 읽습니다. ${soundRule(s, reading, locale, 'sound')}${gloss}`;
}
