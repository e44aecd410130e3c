import { describe, expect, it } from 'vitest';
import { isContentWord } from '@/lib/korean';
import { wordIdFor } from '@/lib/practice';
import { buildWordPayload, getCorpus } from './index';

const corpus = getCorpus();

/**
 * The words the reader lets a learner mark, as components/reader/page-words.ts reads them from the
 * page: every eojeol of the texts shown word by word (title, headings, sentences; an image description
 * is plain text), a term's eojeols by the term, any other by its lemma when it is a content word.
 */
function readerWordIds(slug: string): Set<string> {
  const article = corpus.articles.find((a) => a.slug === slug)!;
  const payload = buildWordPayload(corpus, slug, 'en');
  const shown = [
    article.title,
    ...article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : b.kind === 'heading' ? [b.segment] : [])),
  ];
  const ids = new Set<string>();
  for (const segment of shown) {
    const analysis = corpus.analyses.get(slug)!.get(segment.id)!;
    for (const eojeol of analysis.eojeols) {
      const term = analysis.terms.find((t) => t.firstEojeol <= eojeol.index && eojeol.index <= t.lastEojeol);
      const word = payload.words[`${segment.id}:${eojeol.index}`];
      const lemma = term ? payload.terms[term.termId]?.headword || word?.lemma : word?.lemma;
      if (lemma && (term || isContentWord(word?.wordClass ?? undefined))) ids.add(wordIdFor(lemma, term?.termId));
    }
  }
  return ids;
}

describe('"N of M words known" counts the words the reader lets a learner mark', () => {
  it.each(corpus.articles.map((a) => a.slug))('%s: the library’s words are the reader’s, no more, no fewer', (slug) => {
    const library = new Set(corpus.wordIds.get(slug));
    const reader = readerWordIds(slug);
    expect([...library].filter((id) => !reader.has(id))).toEqual([]);
    expect([...reader].filter((id) => !library.has(id))).toEqual([]);
  });
});
