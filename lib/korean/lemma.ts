import { findGrammar } from './grammar';
import { isPredicateTag } from './ko-dic';
import type { Morpheme, WordClass } from './types';

type Unit = { form: string; tag: string; morpheme: Morpheme };

/** Verbs that make a verb of the noun before them without a particle: 주목받다, 충족시키다. */
const LIGHT_VERBS = new Set(['받', '당하', '시키', '드리']);

/** A predicate's stem from its dictionary form (만하다 → 만하), so hand-written entries join like ko-dic's. */
const stemOf = (m: Morpheme) => (isPredicateTag(m.tag) && m.lemma.endsWith('다') ? m.lemma.slice(0, -1) : m.surface);

const CONTENT_START = /^(NN|NP|NR|XR|VV|VA|MAG|MAJ|MM|SL|SH|SN|XPN|IC)/;

/**
 * The content word of an eojeol and its dictionary form. Noun compounds and derivations join
 * (데이터+센터, 설계+되 → 설계되다), a verb stem + 아/어 + verb joins (쏟+아+붓 → 쏟아붓다),
 * and predicates take -다 (새롭+게 → 새롭다). Auxiliaries (VX) and particles stay outside.
 */
export function findEojeolLemma(morphemes: Morpheme[]): { lemma: string | null; wordClass: WordClass | null } {
  const units: Unit[] = morphemes.flatMap((morpheme) =>
    (morpheme.parts ?? [{ form: stemOf(morpheme), tag: morpheme.tag }]).map((part) => ({ ...part, morpheme })),
  );
  const first = units.findIndex((unit) => unit.morpheme.termId || CONTENT_START.test(unit.tag));
  if (first < 0) return { lemma: null, wordClass: null };
  const head = units[first]!;
  if (head.morpheme.termId || head.morpheme.tag === 'NNP') return { lemma: head.morpheme.lemma, wordClass: head.morpheme.wordClass };
  const chunk = [head];
  for (let k = first + 1; k < units.length; k++) {
    const unit = units[k]!;
    const last = chunk.at(-1)!;
    const joins =
      (/^(NN|XSN)/.test(unit.tag) && /^(NN|XPN|XSN|XR)/.test(last.tag) && unit.form !== '들') ||
      (/^XS[VA]/.test(unit.tag) && /^(NN|XR|XSN)/.test(last.tag)) ||
      (unit.tag === 'EC' && /^[아어]$/.test(unit.form) && /^V[VA]/.test(last.tag) && units[k + 1]?.tag === 'VV') ||
      (unit.tag === 'VV' && last.tag === 'EC') ||
      (unit.tag === 'VV' && /^NN/.test(last.tag) && LIGHT_VERBS.has(unit.form));
    if (!joins) break;
    chunk.push(unit);
  }
  const stem = chunk.map((unit) => unit.form).join('');
  const tags = chunk.map((unit) => unit.tag);
  const predicate = isPredicateTag(tags.at(-1)!);
  return { lemma: predicate ? `${stem}다` : stem, wordClass: classOf(tags, head.morpheme.wordClass) };
}

function classOf(tags: string[], headClass: WordClass): WordClass {
  if (tags.some((tag) => tag === 'VV' || tag === 'XSV')) return 'verb';
  if (tags.some((tag) => tag === 'VA' || tag === 'XSA')) return 'adjective';
  if (tags[0] === 'XR' || tags[0] === 'XPN') return 'noun';
  return headClass;
}

/** Adds the josa/eomi key to particles and endings: 로/JKB → 'means', 습니다/EF → 'formal'. */
export function tagGrammar(morpheme: Morpheme): Morpheme {
  const last = morpheme.parts?.at(-1);
  const grammar = findGrammar(morpheme.surface, last?.tag ?? morpheme.tag) ?? (last && findGrammar(last.form, last.tag));
  return grammar ? { ...morpheme, grammar: grammar.key } : morpheme;
}
