import { readGrammarInContext } from './grammar-context';
import { findEojeolLemma, placeMorpheme } from './lemma';
import type { CompiledLexicon } from './lexicon';
import { findLexiconMatches } from './match';
import { tokenizeRepaired } from './repair';
import { forEachWord, type Analysis, type Eojeol, type Morpheme, type TermOccurrence } from './types';

/**
 * Analyses Korean text: the project lexicon first (glossary terms with their glosses and
 * particles), ko-dic through lindera for the gaps, then eojeols with their content lemmas.
 * e.g. analyseKorean('인피니밴드(InfiniBand)로 연결되어', lexicon).terms → [{termId: 'infiniband', …}]
 */
export function analyseKorean(text: string, lexicon: CompiledLexicon): Analysis {
  // Plain loops, no spreads: on long texts these lines ran as long as ko-dic itself.
  const pieces: Morpheme[][] = [];
  const matches = findLexiconMatches(text, lexicon);
  let cursor = 0;
  for (const match of matches) {
    pieces.push(tokenizeRepaired(text, cursor, match.start, lexicon), match.morphemes);
    cursor = match.end;
  }
  pieces.push(tokenizeRepaired(text, cursor, text.length, lexicon));
  const placed: Morpheme[] = pieces.length === 1 ? pieces[0]! : pieces.flat();

  const spans: { surface: string; start: number; end: number }[] = [];
  forEachWord(text, 0, text.length, (start, end) => spans.push({ surface: text.slice(start, end), start, end }));
  const byEojeol: Morpheme[][] = spans.map(() => []);
  let index = 0;
  for (const morpheme of placed) {
    while (index < spans.length - 1 && morpheme.start >= spans[index]!.end) index++;
    const placedHere = placeMorpheme(morpheme, index);
    byEojeol[index]?.push(placedHere);
  }
  const eojeols: Eojeol[] = spans.map(({ surface, start, end }, i) => {
    const { lemma, wordClass } = findEojeolLemma(byEojeol[i]!);
    return { index: i, surface, start, end, lemma, wordClass, morphemes: byEojeol[i]! };
  });
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
