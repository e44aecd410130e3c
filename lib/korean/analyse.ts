import { readGrammarInContext } from './grammar-context';
import { findEojeolLemma, tagGrammar } from './lemma';
import type { CompiledLexicon } from './lexicon';
import { findLexiconMatches } from './match';
import { tokenizeRepaired } from './repair';
import type { Analysis, Eojeol, Morpheme, TermOccurrence } from './types';

/**
 * Analyses Korean text: the project lexicon first (glossary terms with their glosses and
 * particles), ko-dic through lindera for the gaps, then eojeols with their content lemmas.
 * e.g. analyseKorean('인피니밴드(InfiniBand)로 연결되어', lexicon).terms → [{termId: 'infiniband', …}]
 */
export function analyseKorean(text: string, lexicon: CompiledLexicon): Analysis {
  const morphemes: Morpheme[] = [];
  const matches = findLexiconMatches(text, lexicon);
  let cursor = 0;
  for (const match of matches) {
    morphemes.push(...tokenizeRepaired(text, cursor, match.start, lexicon), ...match.morphemes);
    cursor = match.end;
  }
  morphemes.push(...tokenizeRepaired(text, cursor, text.length, lexicon));

  const spans = [...text.matchAll(/\S+/g)].map((m) => ({ surface: m[0], start: m.index!, end: m.index! + m[0].length }));
  const byEojeol: Morpheme[][] = spans.map(() => []);
  let index = 0;
  const placed = morphemes.map((morpheme) => {
    while (index < spans.length - 1 && morpheme.start >= spans[index]!.end) index++;
    const tagged = tagGrammar(morpheme, index);
    byEojeol[index]?.push(tagged);
    return tagged;
  });
  const eojeols: Eojeol[] = spans.map((span, i) => ({ index: i, ...span, ...findEojeolLemma(byEojeol[i]!), morphemes: byEojeol[i]! }));
  const eojeolAt = (offset: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const terms: TermOccurrence[] = matches.flatMap((match) =>
    match.entry.termId
      ? [
          {
            termId: match.entry.termId,
            start: match.start,
            end: match.end,
            firstEojeol: eojeolAt(match.start),
            lastEojeol: eojeolAt(match.end - 1),
          },
        ]
      : [],
  );
  // A term over several eojeols is one word: 케빈 스콧(Kevin Scott)이 is a proper noun to its last eojeol.
  for (const term of terms)
    for (let k = term.firstEojeol + 1; k <= term.lastEojeol; k++)
      if (eojeols[k]!.lemma === eojeols[term.firstEojeol]!.lemma)
        eojeols[k] = { ...eojeols[k]!, wordClass: eojeols[term.firstEojeol]!.wordClass };
  // Each particle and ending read in its sentence: 노력한 만큼 (a bound noun), 가수가 되다 (the complement).
  return readGrammarInContext({ text, eojeols, morphemes: placed, terms });
}
