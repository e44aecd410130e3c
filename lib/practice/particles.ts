import { disassembleCompleteCharacter, hasBatchim, josa } from 'es-hangul';
import { GRAMMAR } from '@/lib/korean/browser';

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

/** The final consonant of a word's last syllable, or '' (a vowel, or not Hangul). e.g. finalOf('서울') → 'ㄹ' */
const finalOf = (word: string) => {
  const last = word.at(-1) ?? '';
  return /[가-힣]/.test(last) && hasBatchim(last) ? (disassembleCompleteCharacter(last)?.jongseong ?? '') : '';
};

/**
 * The right form for a noun by the batchim rule of the josa table (es-hangul's josa agrees; a
 * unit test holds them together). e.g. correctParticle('서울', (으)로) → '로'
 */
export function correctParticle(noun: string, pair: ParticlePair): string {
  const final = finalOf(noun);
  const afterConsonant = final !== '' && !(pair.rule.rieulAsVowel && final === 'ㄹ');
  return afterConsonant ? pair.rule.consonant : pair.rule.vowel;
}

/**
 * Why a noun takes the form it does, in the learner's language. Covers a final consonant
 * (batchim), a vowel, and ㄹ, which takes 로 like a vowel. e.g. explainParticle('서울', 으로/로, 'en')
 */
export function explainParticle(noun: string, pair: ParticlePair, locale: 'ko' | 'en'): string {
  const last = noun.at(-1) ?? '';
  const form = correctParticle(noun, pair);
  const other = pair.forms.find((f) => f !== form) ?? '';
  const final = finalOf(noun);
  // Korean particles after a quoted particle follow its own batchim: ‘은’을, ‘는’을 → ‘는’를.
  const q = (word: string, particles: '을/를' | '이/가') => `‘${word}’${josa(word, particles).slice(word.length)}`;
  if (pair.rule.rieulAsVowel && final === 'ㄹ') {
    return locale === 'en'
      ? `${noun} ends in ㄹ (${last}). (으)로 treats ㄹ like a vowel, so it takes ${form}, not ${other}.`
      : `${noun}의 마지막 글자 ${last}의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ${q(form, '을/를')} 씁니다(${q(other, '이/가')} 아님).`;
  }
  if (final) {
    return locale === 'en'
      ? `${noun} ends in a consonant (batchim ${final} in ${last}), so it takes ${form}, not ${other}.`
      : `${noun}의 마지막 글자 ${last}에 받침 ${final}이 있으므로 ${q(form, '을/를')} 씁니다(${q(other, '이/가')} 아님).`;
  }
  return locale === 'en'
    ? `${noun} ends in a vowel (${last} has no batchim), so it takes ${form}, not ${other}.`
    : `${noun}의 마지막 글자 ${last}에 받침이 없으므로 ${q(form, '을/를')} 씁니다(${q(other, '이/가')} 아님).`;
}
