import { isNounTag, type Analysis } from '@/lib/korean';
import type { Corpus } from './corpus';

/** FNV-1a: a small deterministic hash, so that options and their order are stable between builds. */
export const hash = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);

/** A common noun of two syllables or more, not a term, not derived with -적 (기술적 works as a determiner). */
export const isPlainNoun = (e: Analysis['eojeols'][number]) =>
  e.wordClass === 'noun' &&
  !!e.lemma &&
  e.lemma.length >= 2 &&
  !e.morphemes.some((m) => m.termId || m.grammar === 'jeok') &&
  isNounTag(e.morphemes[0]?.tag ?? '');

/** Whether an English sentence holds a word or phrase, as a whole word. e.g. mentions('Nvidia GB200 servers', 'GB200') → true */
export const mentions = (text: string, phrase: string) =>
  phrase.trim() !== '' &&
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** What a cloze item blanks: a glossary term, or a plain noun of the articles. */
export type Candidate = { kind: 'term'; termId: string; answer: string } | { kind: 'noun'; answer: string };
type Context = { analysis: Analysis; hint: string; seed: string; used: Map<string, number> };
type Option = { text: string; english: string[]; group: number };

// Proper names stand in for proper names, common terms for common terms.
const PROPER = new Set(['company', 'person', 'product', 'event']);
const STOP = new Set(['that', 'this', 'with', 'from', 'into', 'than', 'what', 'which', 'thing', 'such', 'have', 'being', 'more', 'make']);

/**
 * Whether two words are of one family, so that one could be the right answer where the other is:
 * model names or numbers that differ only in their digits (GB200, GB300), a word inside another
 * (경쟁, 경쟁사; 서버, 서버 랙), or words that share their first three letters (네트워크, 네트워킹).
 * e.g. sameFamily('GB200', 'GB300') → true
 */
export function sameFamily(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '').toLowerCase();
  const y = b.replace(/\s+/g, '').toLowerCase();
  if (/\d/.test(x) && /\d/.test(y) && x.replace(/\d+/g, '#') === y.replace(/\d+/g, '#')) return true;
  if (x.includes(y) || y.includes(x)) return true;
  let common = 0;
  while (common < Math.min(x.length, y.length) && x[common] === y[common]) common++;
  return common >= 3;
}

/** The English words of a gloss that a hint could contain: "competition, race" → [competition, race]. */
const glossWords = (gloss: string | undefined) =>
  (gloss ?? '')
    .replace(/\([^)]*\)|"[^"]*"/g, ' ')
    .split(/[^A-Za-z-]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()));

function termOptions(corpus: Corpus, termId: string): Option[] {
  const key = corpus.glossary.byId.get(termId)!;
  const group = (category: string) => (category === key.category ? 0 : PROPER.has(category) === PROPER.has(key.category) ? 1 : 2);
  return corpus.glossary.entries
    .filter((e) => e.id !== termId && !key.related.includes(e.id) && !e.related.includes(termId))
    .map((e) => ({ text: e.headword, english: [e.english, ...e.englishAliases], group: group(e.category) }))
    .filter((o) => o.group < 2);
}

function nounOptions(corpus: Corpus): Option[] {
  const lemmas = new Set(
    [...corpus.analyses.values()].flatMap((byId) => [...byId.values()].flatMap((a) => a.eojeols.filter(isPlainNoun).map((e) => e.lemma!))),
  );
  return [...lemmas].map((text) => ({ text, english: glossWords(corpus.glosses[text]), group: 0 }));
}

/**
 * Three wrong options for a cloze key, of its class (terms of the same category, then of the same
 * kind, proper or common; or plain nouns of the articles), none of which could also be right:
 * not in the sentence already, not of the key's family (sameFamily) or related to it in the
 * glossary, and not named by the English hint. The least used come first, so they vary.
 */
export function distractorsFor(corpus: Corpus, key: Candidate, ctx: Context): string[] {
  const options = key.kind === 'term' ? termOptions(corpus, key.termId) : nounOptions(corpus);
  const fits = options.filter(
    (o) =>
      o.text !== key.answer &&
      !ctx.analysis.text.includes(o.text) &&
      !sameFamily(o.text, key.answer) &&
      !o.english.some((english) => mentions(ctx.hint, english)),
  );
  const order = (o: Option) => [o.group, ctx.used.get(o.text) ?? 0, hash(`${ctx.seed}:${o.text}`)];
  const sorted = fits.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  // Three, of which no two are of one family either.
  return sorted.reduce<string[]>(
    (chosen, o) => (chosen.length < 3 && !chosen.some((c) => sameFamily(c, o.text)) ? [...chosen, o.text] : chosen),
    [],
  );
}
