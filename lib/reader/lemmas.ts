import { isContentWord, type Analysis } from '@/lib/korean';
import { lemmaWordId, termWordId } from '@/lib/practice';

/**
 * The content lemmas (see isContentWord) of analysed texts that are not glossary terms,
 * each with its class: what lexicon/glosses.yaml must gloss. e.g. 쏟아부으며 → ['쏟아붓다', 'verb']
 */
export function listContentLemmas(analyses: Iterable<Analysis>): Map<string, string> {
  const lemmas = new Map<string, string>();
  for (const analysis of analyses) {
    for (const eojeol of analysis.eojeols) {
      if (!eojeol.lemma || !eojeol.wordClass || !isContentWord(eojeol.wordClass)) continue;
      if (eojeol.morphemes.some((m) => m.termId)) continue;
      lemmas.set(eojeol.lemma, eojeol.wordClass);
    }
  }
  return lemmas;
}

/**
 * The words of an article that a learner can know: its glossary terms and its content lemmas,
 * as practice word ids. e.g. ['t:infiniband', 'w:쏟아붓다', …]
 */
export function listArticleWordIds(analyses: Iterable<Analysis>): string[] {
  const all = [...analyses];
  const terms = new Set(all.flatMap((a) => a.terms.map((t) => termWordId(t.termId))));
  return [...terms, ...[...listContentLemmas(all).keys()].map(lemmaWordId)];
}
