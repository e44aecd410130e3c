import { isNounTag, type Analysis } from '@/lib/korean';
import type { Corpus } from './corpus';

/** A sentence with one word blanked: the English sentence is the hint, four options of its class. */
export type ClozeItem = {
  id: string;
  slug: string;
  sid: string;
  before: string;
  answer: string;
  after: string;
  hint: string;
  options: string[];
  /** Other accepted answers: a glossary term's aliases (인공지능 for AI). */
  accepted?: string[];
};

/** A small deterministic hash, so that options and their order are stable between builds. */
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const pick = <T>(pool: T[], seed: string, n: number) =>
  [...pool].sort((a, b) => hash(seed + String(a)) - hash(seed + String(b))).slice(0, n);

type Target = { start: number; end: number; answer: string; pool: 'term' | 'noun' };

/** Blankable words of a sentence: its glossary terms and its plain nouns (lemma as written). */
function candidates(analysis: Analysis): Target[] {
  const terms = analysis.terms.map((t) => {
    const parts = analysis.morphemes.filter((m) => m.termId === t.termId && m.start >= t.start && m.end <= t.end && isNounTag(m.tag));
    return { start: parts[0]!.start, end: parts.at(-1)!.end, answer: '', pool: 'term' as const };
  });
  const nouns = analysis.eojeols
    .filter(
      (e) =>
        e.wordClass === 'noun' &&
        e.lemma &&
        e.lemma.length >= 2 &&
        !e.morphemes.some((m) => m.termId) &&
        isNounTag(e.morphemes[0]?.tag ?? ''),
    )
    .map((e) => ({ start: e.start, end: e.start + e.lemma!.length, answer: '', pool: 'noun' as const }))
    .filter((t) => analysis.text.slice(t.start, t.end) === analysis.eojeols.find((e) => e.start === t.start)!.lemma);
  return [...terms, ...nouns].map((t) => ({ ...t, answer: analysis.text.slice(t.start, t.end) }));
}

/**
 * One cloze item per article sentence: a term or noun blanked, options drawn from the same
 * class (other glossary headwords, or other nouns of the articles).
 */
export function buildClozeItems(corpus: Corpus): ClozeItem[] {
  const sentences = corpus.articles.flatMap((article) =>
    article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences.map((s) => ({ slug: article.slug, s })) : [])),
  );
  const nounPool = [
    ...new Set(
      sentences.flatMap(({ slug, s }) =>
        corpus.analyses
          .get(slug)!
          .get(s.id)!
          .eojeols.filter((e) => e.wordClass === 'noun' && e.lemma && e.lemma.length >= 2 && !e.morphemes.some((m) => m.termId))
          .map((e) => e.lemma!),
      ),
    ),
  ];
  const termPool = corpus.glossary.entries.map((e) => e.headword);
  // The rarest word of each sentence, so that the deck does not blank 마이크로소프트 every time.
  const frequency = new Map<string, number>();
  for (const { slug, s } of sentences)
    for (const t of candidates(corpus.analyses.get(slug)!.get(s.id)!)) frequency.set(t.answer, (frequency.get(t.answer) ?? 0) + 1);
  return sentences.flatMap(({ slug, s }) => {
    const analysis = corpus.analyses.get(slug)!.get(s.id)!;
    const target = candidates(analysis).sort(
      (a, b) => frequency.get(a.answer)! - frequency.get(b.answer)! || b.answer.length - a.answer.length,
    )[0];
    if (!target) return [];
    const pool = (target.pool === 'term' ? termPool : nounPool).filter((w) => w !== target.answer);
    const options = pick([target.answer, ...pick(pool, s.id, 3)], `${s.id}:order`, 4);
    return [
      {
        id: `${slug}/${s.id}`,
        slug,
        sid: s.id,
        before: s.ko.slice(0, target.start),
        answer: target.answer,
        after: s.ko.slice(target.end),
        hint: s.en,
        options,
      },
    ];
  });
}
