import { hasBatchim } from 'es-hangul';
import { GRAMMAR, type GrammarEntry } from './grammar';
import { TAG, type LexiconTag, type Tag } from './tags';

/** A word the project knows better than ko-dic: a glossary term or alias, a loanword, a name. */
export type LexiconEntry = { surface: string; lemma: string; tag: LexiconTag; termId?: string };

/** An eojeol whose analysis is written out by hand because ko-dic gets it wrong: 이는 → 이/NP + 는/JX. */
export type FixedEojeol = { surface: string; morphemes: { surface: string; tag: string; lemma?: string }[] };

export type CompiledLexicon = {
  byFirstChar: Map<string, LexiconEntry[]>;
  fixed: Map<string, FixedEojeol>;
  /** What the learner's dictionary lists, when the lexicon is compiled with it: see repair.ts. */
  known?: KnownWords;
};

/** Lemmas of the learner's dictionary: nouns (치킨) and verbs and adjectives in their -다 form (그리다 verb, 오래되다 adjective). */
export type KnownWords = { nouns: ReadonlySet<string>; predicates: ReadonlyMap<string, 'verb' | 'adjective'> };

/**
 * Indexes lexicon entries by first character, longest first, for glossary-first matching.
 * e.g. compileLexicon([{surface: '인피니밴드', …}], []) → matcher used by analyseKorean
 */
export function compileLexicon(entries: LexiconEntry[], fixed: FixedEojeol[] = [], known?: KnownWords): CompiledLexicon {
  const byFirstChar = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const first = entry.surface[0]!;
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), entry]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirstChar, fixed: new Map(fixed.map((entry) => [entry.surface, entry])), ...(known ? { known } : {}) };
}

/** A particle (or copula form) as it stands in the text, with ko-dic's parts for contracted forms. */
export type Particle = { surface: string; tag: string; parts?: { form: string; tag: string }[] };

const copula = (surface: string, ending: string, tag: Tag): Particle => ({
  surface,
  tag: `${TAG.VCP}+${tag}`,
  parts: [
    { form: '이', tag: TAG.VCP },
    { form: ending, tag },
  ],
});

/** The copula 이다 in the forms that follow a noun directly: 플랫폼입니다, 회사이며. */
export const COPULA_FORMS: Particle[] = [
  copula('입니다', 'ㅂ니다', TAG.EF),
  copula('이다', '다', TAG.EF),
  copula('이며', '며', TAG.EC),
  copula('이고', '고', TAG.EC),
  copula('인', 'ㄴ', TAG.ETM),
  copula('이에요', '에요', TAG.EF),
  copula('예요', '에요', TAG.EF),
];

/** A josa, or a noun suffix (서버+들): what may stand right after a noun. */
const takesNoun = (entry: GrammarEntry) => entry.kind === 'josa' || entry.tags[0] === TAG.XSN;

/**
 * What may follow a lexicon word directly: every josa of the grammar table (in its syllabic
 * forms), the plural -들, and the copula forms. e.g. 인피니밴드로, 서버들은, 플랫폼입니다
 */
export const LEXICON_PARTICLES = new Map<string, Particle>(
  [
    ...GRAMMAR.flatMap((entry) =>
      takesNoun(entry) ? entry.forms.filter((form) => /^[가-힣]+$/.test(form)).map((surface) => ({ surface, tag: entry.tags[0]! })) : [],
    ),
    ...COPULA_FORMS,
  ].map((particle) => [particle.surface, particle]),
);

/**
 * Splits what follows a lexicon word into particles, or null if it is not made of them.
 * e.g. splitParticles('와의') → [와/JC, 의/JKG]; splitParticles('녁') → null
 */
export function splitParticles(rest: string): Particle[] | null {
  if (rest === '') return [];
  for (let length = Math.min(rest.length, 3); length > 0; length--) {
    const head = LEXICON_PARTICLES.get(rest.slice(0, length));
    const tail = head && splitParticles(rest.slice(length));
    if (head && tail) return [head, ...tail];
  }
  return null;
}

/** Whether a word ends in a final consonant (batchim), so that 이/을/은/과/으로 follow it. */
export const endsInConsonant = (word: string) => /[가-힣]$/.test(word) && hasBatchim(word.at(-1)!);
