import { hasBatchim } from 'es-hangul';

/** A word the project knows better than ko-dic: a glossary term or alias, a loanword, a name. */
export type LexiconEntry = { surface: string; lemma: string; tag: 'NNG' | 'NNP'; termId?: string };

/** An eojeol whose analysis is written out by hand because ko-dic gets it wrong: 이는 → 이/NP + 는/JX. */
export type FixedEojeol = { surface: string; morphemes: { surface: string; tag: string; lemma?: string }[] };

export type CompiledLexicon = {
  byFirstChar: Map<string, LexiconEntry[]>;
  fixed: Map<string, FixedEojeol>;
};

/**
 * Indexes lexicon entries by first character, longest first, for glossary-first matching.
 * e.g. compileLexicon([{surface: '인피니밴드', …}], []) → matcher used by analyseKorean
 */
export function compileLexicon(entries: LexiconEntry[], fixed: FixedEojeol[] = []): CompiledLexicon {
  const byFirstChar = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const first = entry.surface[0]!;
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), entry]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirstChar, fixed: new Map(fixed.map((entry) => [entry.surface, entry])) };
}

/** A particle (or copula form) as it stands in the text, with ko-dic's parts for contracted forms. */
export type Particle = { surface: string; tag: string; parts?: { form: string; tag: string }[] };

const copula = (surface: string, ending: string, tag: string): Particle => ({
  surface,
  tag: `VCP+${tag}`,
  parts: [
    { form: '이', tag: 'VCP' },
    { form: ending, tag },
  ],
});

/** Particles and copula forms that may follow a lexicon word directly: 인피니밴드로, 플랫폼입니다. */
const PARTICLES = new Map<string, Particle>(
  [
    ...Object.entries({
      은: 'JX',
      는: 'JX',
      이: 'JKS',
      가: 'JKS',
      을: 'JKO',
      를: 'JKO',
      의: 'JKG',
      에: 'JKB',
      에서: 'JKB',
      에게: 'JKB',
      으로: 'JKB',
      로: 'JKB',
      와: 'JC',
      과: 'JC',
      도: 'JX',
      까지: 'JX',
      만: 'JX',
      뿐: 'JX',
      부터: 'JX',
      처럼: 'JKB',
      보다: 'JKB',
      이나: 'JC',
      나: 'JC',
      들: 'XSN',
      이라고: 'JKQ',
      라고: 'JKQ',
    }).map(([surface, tag]): Particle => ({ surface, tag })),
    copula('입니다', 'ㅂ니다', 'EF'),
    copula('이다', '다', 'EF'),
    copula('이며', '며', 'EC'),
    copula('이고', '고', 'EC'),
    copula('인', 'ㄴ', 'ETM'),
    copula('이에요', '에요', 'EF'),
    copula('예요', '에요', 'EF'),
  ].map((particle) => [particle.surface, particle]),
);

/**
 * Splits what follows a lexicon word into particles, or null if it is not made of them.
 * e.g. splitParticles('와의') → [와/JC, 의/JKG]; splitParticles('녁') → null
 */
export function splitParticles(rest: string): Particle[] | null {
  if (rest === '') return [];
  for (let length = Math.min(rest.length, 3); length > 0; length--) {
    const head = PARTICLES.get(rest.slice(0, length));
    const tail = head && splitParticles(rest.slice(length));
    if (head && tail) return [head, ...tail];
  }
  return null;
}

/** Whether a word ends in a final consonant (batchim), so that 이/을/은/과/으로 follow it. */
export const endsInConsonant = (word: string) => /[가-힣]$/.test(word) && hasBatchim(word.at(-1)!);
