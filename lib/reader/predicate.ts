import { TAG, isJosaTag, isPredicateTag, tagInfo, type Analysis, type Eojeol } from '@/lib/korean';
import type { Clause } from '@/lib/practice/roles';

// Finds the predicate a subject or an object belongs to, for the role drill's "why". A heuristic
// over the analysis, not a parser: e2e-free unit tests hold it to every item of the articles.

const endingTag = (e: Eojeol) => {
  const ending = e.morphemes.findLast((m) => tagInfo(m.tag).role === 'eomi' || m.tag.includes('+'));
  return ending ? { tag: ending.tag.split('+').at(-1)!, key: ending.grammar, end: ending.end } : null;
};
const hasCopula = (e: Eojeol) => e.morphemes.some((m) => tagInfo(m.tag).role === 'copula');
const isPredicate = (e: Eojeol) =>
  e.wordClass === 'verb' || e.wordClass === 'adjective' || hasCopula(e) || e.morphemes.some((m) => isPredicateTag(m.tag));
/** 있다 after -고/-어 (선점하고 있는, 갖추고 있음을), or any auxiliary verb (VX). */
const isAuxiliary = (e: Eojeol | undefined) => !!e && (e.lemma === '있다' || tagInfo(e.morphemes[0]?.tag ?? '').role === 'auxiliary');
/** Takes 을/를: a noun phrase that is the object of a later verb. */
const isObject = (e: Eojeol | undefined) => !!e && e.morphemes.some((m) => m.tag === TAG.JKO);
/** What may stand between a clause and the noun it describes: 더 자세한 (내용), but not 지금, (a noun's work). */
const isModifier = (e: Eojeol) =>
  ((e.wordClass === 'adverb' || e.wordClass === 'determiner') && !/[,.!?]$/.test(e.surface)) ||
  (isPredicate(e) && endingTag(e)?.tag === TAG.ETM);
const bare = (e: Eojeol) => e.lemma ?? e.surface.replace(/[^가-힣A-Za-z0-9 ]/g, '');

/** Coordinating and sequential endings: the subject goes on to the next predicate (쏟아부으며 … 건설하려는). */
const CONTINUE = new Set(['myeo', 'go', 'a-eo']);

export type PredicateFound = { predicate: string; clause: Clause; head?: string; lemma: string | null };

/**
 * The predicate of the noun in eojeol `at`: for an object, the first verb after it; for a subject,
 * the predicate whose ending closes its clause: ETM (a clause describing the next noun), ETN (a
 * clause used as a noun), a subordinating EC (-도록, -니) or EF (the main clause).
 * e.g. findPredicate(엔비디아가 명명한 용어로, 0, 'subject') → { predicate: '명명한', clause: 'modifier', head: '용어' }
 */
export function findPredicate(analysis: Analysis, at: number, role: 'subject' | 'object'): PredicateFound | null {
  const es = analysis.eojeols;
  const text = (from: number, to: number) => {
    const end = endingTag(es[to]!)?.end ?? es[to]!.end;
    return analysis.text.slice(es[from]!.start, end);
  };
  let sequence: number | null = null;
  for (let j = at + 1; j < es.length; j++) {
    const e = es[j]!;
    if (!isPredicate(e) || e.morphemes.every((m) => isJosaTag(m.tag))) continue;
    if (notOnly(es[j - 1], e)) continue;
    if (role === 'object') {
      if (e.wordClass !== 'verb') continue;
      const to = isAuxiliary(es[j + 1]) && endingTag(e)?.key !== 'myeo' ? j + 1 : j;
      return { predicate: text(j, to), clause: 'main', lemma: e.lemma };
    }
    let to = j;
    if (isAuxiliary(es[to + 1]) && ['go', 'a-eo'].includes(endingTag(es[to]!)?.key ?? '')) to++;
    let ending = endingTag(es[to]!);
    // -ㄹ 수 있다 and -ㄹ 예정이다: the bound noun and what follows it are part of the predicate.
    if (ending?.tag === TAG.ETM && es[to + 1]?.lemma === '수' && es[to + 2] && isPredicate(es[to + 2]!)) to += 2;
    else if (ending?.tag === TAG.ETM && es[to + 1] && hasCopula(es[to + 1]!)) to += 1;
    ending = endingTag(es[to]!);
    if (e.wordClass === 'adjective' && ending?.key === 'ge') continue; // 빠르게: an adverb's work
    if (ending?.tag === TAG.ETM) {
      const head = es.slice(to + 1).find((h) => !isModifier(h));
      // 막대한 자금을 …: a clause describing an object of a later verb is not where the subject ends.
      if (isObject(head)) continue;
      return { predicate: text(j, to), clause: 'modifier', head: head ? bare(head) : '', lemma: e.lemma };
    }
    if (ending?.tag === TAG.ETN) return { predicate: text(j, to), clause: 'noun', lemma: e.lemma };
    if (ending?.tag === TAG.EF) return { predicate: text(j, to), clause: 'main', lemma: e.lemma };
    if (CONTINUE.has(ending?.key ?? '') && !isAuxiliary(es[to + 1])) {
      sequence ??= j;
      j = to;
      continue;
    }
    return { predicate: text(j, to), clause: 'subordinate', lemma: e.lemma };
  }
  return sequence === null ? null : { predicate: text(sequence, sequence), clause: 'main', lemma: es[sequence]!.lemma };
}

/** The lemma of the first predicate after eojeol `at`: 기반이 됩니다 → 되다 (이/가 then marks a complement). */
export const nextPredicateLemma = (analysis: Analysis, at: number) =>
  analysis.eojeols
    .slice(at + 1)
    .find((e, k, rest) => isPredicate(e) && !e.morphemes.every((m) => isJosaTag(m.tag)) && !notOnly(rest[k - 1] ?? analysis.eojeols[at], e))
    ?.lemma ?? null;

/** N뿐만 아니라 "not only N": 아니라 belongs to the pattern, not to a subject or complement before it. */
const notOnly = (before: Eojeol | undefined, e: Eojeol) => /뿐만?$/.test(before?.surface ?? '') && hasCopula(e);
