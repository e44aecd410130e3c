import { disassembleCompleteCharacter, hasBatchim, josa } from 'es-hangul';

/** The alternating particle pairs of the drill: [after a consonant, after a vowel]. */
export const PARTICLE_PAIRS = [
  { key: 'topic', label: '은/는', forms: ['은', '는'] },
  { key: 'subject', label: '이/가', forms: ['이', '가'] },
  { key: 'object', label: '을/를', forms: ['을', '를'] },
  { key: 'and', label: '와/과', forms: ['과', '와'] },
  { key: 'means', label: '으로/로', forms: ['으로', '로'] },
] as const;
export type ParticlePair = (typeof PARTICLE_PAIRS)[number];

/** The pair a particle belongs to, if it alternates. e.g. pairOf('로') → 으로/로 */
export const pairOf = (particle: string) => PARTICLE_PAIRS.find((pair) => (pair.forms as readonly string[]).includes(particle));

/** The right form for a noun, decided by es-hangul. e.g. correctParticle('서울', 으로/로) → '로' */
export function correctParticle(noun: string, pair: ParticlePair): string {
  const joined = josa(noun, pair.label as Parameters<typeof josa>[1]);
  return joined.slice(noun.length);
}

/**
 * Why a noun takes the form it does, in the learner's language. Covers a final consonant
 * (batchim), a vowel, and ㄹ, which takes 로 like a vowel. e.g. explainParticle('서울', 으로/로, 'en')
 */
export function explainParticle(noun: string, pair: ParticlePair, locale: 'ko' | 'en'): string {
  const last = noun.at(-1) ?? '';
  const form = correctParticle(noun, pair);
  const other = pair.forms.find((f) => f !== form) ?? '';
  const final = /[가-힣]/.test(last) && hasBatchim(last) ? (disassembleCompleteCharacter(last)?.jongseong ?? '') : '';
  // Korean particles after a quoted particle follow its own batchim: ‘은’을, ‘는’을 → ‘는’를.
  const q = (word: string, particles: '을/를' | '이/가') => `‘${word}’${josa(word, particles).slice(word.length)}`;
  if (pair.key === 'means' && final === 'ㄹ') {
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
    : `${noun}의 마지막 글자 ${last}에 받침이 없으므로 ${form}를 씁니다(${other}가 아님).`;
}
