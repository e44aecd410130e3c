import { lemmaWordId, termWordId } from '@/lib/practice';
import type { DeckWord, ExampleIndex } from '@/lib/practice/deck';
import { pagesOf, readerPathOf } from '@/lib/paging';
import type { Corpus } from './corpus';
import { segmentsOf } from './corpus';
import { listContentLemmas } from './lemmas';

/**
 * The glossary as flashcard words, in the learner's language: headword, English and its aliases,
 * romanization, definition and the Korean aliases a typed answer may use.
 */
export function buildDeck(corpus: Corpus, locale: 'ko' | 'en'): DeckWord[] {
  return corpus.glossary.entries.map((e) => ({
    wordId: termWordId(e.id),
    ko: e.headword,
    en: e.english,
    enAliases: e.englishAliases,
    rr: e.romanization,
    note: e.definition[locale],
    accepted: e.aliases,
  }));
}

/**
 * An example sentence for every glossary term and every content word of the articles: the first
 * sentence of a paragraph it occurs in (a title, heading or figure only when there is none).
 */
export function buildExampleIndex(corpus: Corpus): ExampleIndex {
  const index: ExampleIndex = { sentences: [], words: {} };
  const segments = corpus.articles.flatMap((article) => {
    const inParagraphs = new Set(article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences.map((s) => s.id) : [])));
    return segmentsOf(article)
      .map((segment) => ({ article, segment, paragraph: inParagraphs.has(segment.id) }))
      .sort((a, b) => Number(b.paragraph) - Number(a.paragraph));
  });
  for (const { article, segment } of segments) {
    const analysis = corpus.analyses.get(article.slug)!.get(segment.id)!;
    const found: [string, number, number][] = [
      ...analysis.terms.map((t): [string, number, number] => [termWordId(t.termId), t.start, t.end]),
      ...analysis.eojeols.flatMap((e): [string, number, number][] =>
        listContentLemmas([{ ...analysis, eojeols: [e] }]).size && e.lemma ? [[lemmaWordId(e.lemma), e.start, e.end]] : [],
      ),
    ].filter(([id]) => !index.words[id]);
    if (!found.length) continue;
    const at =
      index.sentences.push({
        ko: segment.ko,
        en: segment.en,
        slug: article.slug,
        sid: segment.id,
        ...(pagesOf(article).length > 1 ? { href: readerPathOf(article, segment.id) } : {}),
      }) - 1;
    for (const [id, start, end] of found) index.words[id] ??= [at, start, end];
  }
  return index;
}
