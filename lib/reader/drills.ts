import { isNounTag, type Analysis } from '@/lib/korean';
import { readerPathOf } from '@/lib/paging';
import type { Corpus } from './corpus';
import { distractorsFor, hash, isPlainNoun, mentions, type Candidate } from './distractors';

/** A sentence with one word blanked: the English sentence is the hint, four options of its class. */
export type ClozeItem = {
  id: string;
  slug: string;
  sid: string;
  /** The reader's page that holds the sentence, without the locale (lib/paging readerPathOf). */
  href: string;
  before: string;
  answer: string;
  after: string;
  hint: string;
  options: string[];
  /** Other accepted answers: a glossary term's aliases (인공지능 for AI). */
  accepted?: string[];
};

type Target = { start: number; end: number; answer: string; termId?: string };

/** Blankable words of a sentence: its glossary terms and its plain nouns (lemma as written), not -적 words. */
function targets(analysis: Analysis): Target[] {
  const terms = analysis.terms.map((t) => {
    const parts = analysis.morphemes.filter((m) => m.termId === t.termId && m.start >= t.start && m.end <= t.end && isNounTag(m.tag));
    return { start: parts[0]!.start, end: parts.at(-1)!.end, termId: t.termId };
  });
  const nouns = analysis.eojeols
    .filter((e) => isPlainNoun(e) && analysis.text.startsWith(e.lemma!, e.start))
    .map((e) => ({ start: e.start, end: e.start + e.lemma!.length }));
  return [...terms, ...nouns].map((t) => ({ ...t, answer: analysis.text.slice(t.start, t.end) }));
}

/**
 * One cloze item per article sentence: its rarest term or noun blanked, unless the English hint
 * spells it (GB200, AMD); three distractors of the same class that cannot also be right there
 * (see distractorsFor), varied across the deck.
 */
export function buildClozeItems(corpus: Corpus): ClozeItem[] {
  const sentences = corpus.articles.flatMap((article) =>
    article.blocks.flatMap((block) =>
      block.kind === 'paragraph' ? block.sentences.map((s) => ({ slug: article.slug, s, href: readerPathOf(article, s.id) })) : [],
    ),
  );
  const analysisOf = (slug: string, sid: string) => corpus.analyses.get(slug)!.get(sid)!;
  // The rarest word of each sentence, so that the deck does not blank 마이크로소프트 every time.
  const frequency = new Map<string, number>();
  for (const { slug, s } of sentences)
    for (const t of targets(analysisOf(slug, s.id))) frequency.set(t.answer, (frequency.get(t.answer) ?? 0) + 1);
  const used = new Map<string, number>();
  return sentences.flatMap(({ slug, s, href }) => {
    const analysis = analysisOf(slug, s.id);
    const target = targets(analysis)
      .filter((t) => !mentions(s.en, t.answer))
      .sort((a, b) => frequency.get(a.answer)! - frequency.get(b.answer)! || b.answer.length - a.answer.length)[0];
    if (!target) return [];
    const key: Candidate = target.termId
      ? { kind: 'term', termId: target.termId, answer: target.answer }
      : { kind: 'noun', answer: target.answer };
    const distractors = distractorsFor(corpus, key, { analysis, hint: s.en, seed: s.id, used });
    if (distractors.length < 3) return [];
    for (const d of distractors) used.set(d, (used.get(d) ?? 0) + 1);
    const options = [target.answer, ...distractors].sort((a, b) => hash(`${s.id}:${a}`) - hash(`${s.id}:${b}`));
    const aliases = target.termId ? corpus.glossary.byId.get(target.termId)!.aliases : [];
    return [
      {
        id: `${slug}/${s.id}`,
        slug,
        sid: s.id,
        href,
        before: s.ko.slice(0, target.start),
        answer: target.answer,
        after: s.ko.slice(target.end),
        hint: s.en,
        options,
        ...(aliases.length ? { accepted: aliases } : {}),
      },
    ];
  });
}
