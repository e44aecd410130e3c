import { isContentWord } from '@/lib/korean/browser';
import { lemmaWordId, termWordId } from '@/lib/practice';
import type { StoredImport } from '@/lib/textimport';

/**
 * The words of an imported text's page, as the reader counts an article's: how many (eojeols), and
 * the ids a learner can know (glossary terms, and content lemmas outside them).
 */
export function pageWordIds(text: StoredImport, onPage: ReadonlySet<string>): { words: number; ids: string[] } {
  const ids = new Set<string>();
  let words = 0;
  for (const sentence of text.paragraphs.flatMap((p) => p.sentences)) {
    if (!onPage.has(sentence.id)) continue;
    words += sentence.korean.eojeols.length;
    const inTerm = new Set<number>();
    for (const term of sentence.korean.terms) {
      ids.add(termWordId(term.termId));
      for (let i = term.firstEojeol; i <= term.lastEojeol; i++) inTerm.add(i);
    }
    sentence.korean.eojeols.forEach((_, i) => {
      const word = Object.hasOwn(text.payload.words, `${sentence.id}:${i}`) ? text.payload.words[`${sentence.id}:${i}`] : undefined;
      if (!inTerm.has(i) && word?.lemma && isContentWord(word.wordClass)) ids.add(lemmaWordId(word.lemma));
    });
  }
  return { words, ids: [...ids] };
}
