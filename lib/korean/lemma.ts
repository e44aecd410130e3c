import { findGrammar } from './grammar';
import { TAG, classifyTag, isLexicalPredicateTag, isMainVerbTag, isNounTag, isPredicateTag, tagInfo } from './tags';
import type { Morpheme, WordClass } from './types';

type Unit = { form: string; tag: string; morpheme: Morpheme };

/** Verbs that make a verb of the noun before them without a particle: 주목받다, 충족시키다. */
const LIGHT_VERBS = new Set(['받', '당하', '시키', '드리']);

/** A predicate's stem from its dictionary form (만하다 → 만하), so hand-written entries join like ko-dic's. */
const stemOf = (m: Morpheme) => (isPredicateTag(m.tag) && m.lemma.endsWith('다') ? m.lemma.slice(0, -1) : m.surface);

/**
 * The content word of an eojeol and its dictionary form. Noun compounds and derivations join
 * (데이터+센터, 설계+되 → 설계되다), a verb stem + 아/어 + verb joins (쏟+아+붓 → 쏟아붓다),
 * and predicates take -다 (새롭+게 → 새롭다). Auxiliaries (VX) and particles stay outside.
 */
export function findEojeolLemma(morphemes: Morpheme[]): { lemma: string | null; wordClass: WordClass | null } {
  // A plain loop: this runs for every eojeol of every text, and spreads and flatMap cost more here than the rest.
  // One plain morpheme (a noun, an adverb, a word ko-dic did not inflect) is its own lemma.
  if (morphemes.length === 1 && !morphemes[0]!.parts) {
    const only = morphemes[0]!;
    if (only.termId) return { lemma: only.lemma, wordClass: only.wordClass };
    if (tagInfo(only.tag).head && only.wordClass !== 'proper noun') {
      const wordClass = classOf([only.tag], only.wordClass);
      return { lemma: isPredicateTag(only.tag) ? `${stemOf(only)}다` : stemOf(only), wordClass };
    }
  }
  const units: Unit[] = [];
  for (const morpheme of morphemes) {
    if (!morpheme.parts) units.push({ form: stemOf(morpheme), tag: morpheme.tag, morpheme });
    else for (const part of morpheme.parts) units.push({ form: part.form, tag: part.tag, morpheme });
  }
  const first = units.findIndex((unit) => unit.morpheme.termId || tagInfo(unit.tag).head);
  if (first < 0) {
    // 아니다 stands alone as a word (뿐만 아니라, 학생이 아니다); the copula 이다 is the noun's ending.
    return units.some((unit) => unit.tag === TAG.VCN)
      ? { lemma: '아니다', wordClass: classifyTag(TAG.VCN) }
      : { lemma: null, wordClass: null };
  }
  const head = units[first]!;
  if (head.morpheme.termId) return { lemma: head.morpheme.lemma, wordClass: head.morpheme.wordClass };
  if (classifyTag(head.morpheme.tag) === 'proper noun') {
    // ko-dic cuts names it does not know into proper-noun pieces (쿠/버네/티스): the name is all of them.
    let name = head.morpheme.lemma;
    for (let k = first + 1; k < units.length && classifyTag(units[k]!.tag) === 'proper noun' && !units[k]!.morpheme.termId; k++)
      name += units[k]!.form;
    return { lemma: name, wordClass: head.morpheme.wordClass };
  }
  const chunk = [head];
  for (let k = first + 1; k < units.length; k++) {
    const unit = units[k]!;
    const last = chunk.at(-1)!;
    const joins =
      // a noun compound: 데이터+센터, 미래+적, 초+거대 (but 서버+들 stays a plural)
      (isNounTag(unit.tag) && (isNounTag(last.tag) || tagInfo(last.tag).compoundBase) && unit.form !== '들') ||
      // a derived predicate: 설계+되, 새+롭
      (tagInfo(unit.tag).derives && (isNounTag(last.tag) || tagInfo(last.tag).compoundBase)) ||
      // a compound verb: 쏟+아+붓
      (tagInfo(unit.tag).connective &&
        /^[아어]$/.test(unit.form) &&
        isLexicalPredicateTag(last.tag) &&
        isMainVerbTag(units[k + 1]?.tag ?? '')) ||
      (isMainVerbTag(unit.tag) && tagInfo(last.tag).connective) ||
      // a noun with a light verb: 주목+받
      (isMainVerbTag(unit.tag) && isNounTag(last.tag) && LIGHT_VERBS.has(unit.form));
    if (!joins) break;
    chunk.push(unit);
  }
  const stem = chunk.map((unit) => unit.form).join('');
  const tags = chunk.map((unit) => unit.tag);
  const predicate = isPredicateTag(tags.at(-1)!);
  return { lemma: predicate ? `${stem}다` : stem, wordClass: classOf(tags, head.morpheme.wordClass) };
}

function classOf(tags: string[], headClass: WordClass): WordClass {
  const predicate = tags.map((tag) => tagInfo(tag).predicate);
  if (predicate.includes('verb')) return 'verb';
  if (predicate.includes('adjective')) return 'adjective';
  if (tagInfo(tags[0]!).compoundBase) return 'noun';
  return headClass;
}

/**
 * The morpheme placed in its eojeol, with its josa/eomi key if it has one: 로/JKB → 'means', 습니다/EF → 'formal'.
 * It is changed in place: the analyser owns every morpheme it has made for this text, and a copy of each
 * (an object spread over shapes that vary) was an eighth of its own time on long texts.
 */
export function placeMorpheme(morpheme: Morpheme, eojeol: number): Morpheme {
  const last = morpheme.parts?.at(-1);
  const grammar = findGrammar(morpheme.surface, last?.tag ?? morpheme.tag) ?? (last && findGrammar(last.form, last.tag));
  morpheme.eojeol = eojeol;
  if (grammar) morpheme.grammar = grammar.key;
  return morpheme;
}
