import type { ReactNode } from 'react';
import { romanizeEojeol } from '@/lib/korean/browser';
import type { WordClass } from '@/lib/korean';

/** What rendering needs of an analysis (the server's full Analysis, or an imported text's compact one). */
export type KoreanTextData = {
  text: string;
  /** An eojeol's word class, where known, decides how its romanization treats ㅎ (nouns keep it: 역할 yeokhal). */
  eojeols: { index: number; start: number; end: number; wordClass?: WordClass | null }[];
  terms: { termId: string; firstEojeol: number; lastEojeol: number }[];
};
/** `ruby`: the romanization is on at render time (server HTML without JS); the client adds readings when it is switched on later. */
type Props = { analysis: KoreanTextData; locale: string; ruby?: boolean };

/**
 * Korean text, word by word: each eojeol is inspectable (data-e: its index in the sentence, data-rr:
 * its romanization), and each glossary term, with its gloss and particles, is a real link. Each
 * eojeol is a <ruby>, so its reading (an <rt>) stands above it without breaking the line's spacing.
 */
export default function KoreanText({ analysis, locale, ruby = false }: Props) {
  const { text, eojeols } = analysis;
  const termStarts = new Map(analysis.terms.map((term) => [term.firstEojeol, term]));
  const nodes: ReactNode[] = [];
  let cursor = 0;
  for (let i = 0; i < eojeols.length;) {
    const term = termStarts.get(i);
    const group = eojeols.slice(i, term ? term.lastEojeol + 1 : i + 1);
    if (group[0]!.start > cursor) nodes.push(text.slice(cursor, group[0]!.start));
    const words = group.flatMap((eojeol, k) => [
      k > 0 ? text.slice(group[k - 1]!.end, eojeol.start) : null,
      <Word
        key={eojeol.index}
        index={eojeol.index}
        surface={text.slice(eojeol.start, eojeol.end)}
        wordClass={eojeol.wordClass}
        ruby={ruby}
      />,
    ]);
    nodes.push(
      term ? (
        <a key={`t${i}`} href={`/${locale}/glossary/${term.termId}`} className="term" data-term={term.termId}>
          {words}
        </a>
      ) : (
        words
      ),
    );
    cursor = group.at(-1)!.end;
    i += group.length;
  }
  if (cursor < text.length) nodes.push(text.slice(cursor));
  return <>{nodes}</>;
}

type WordProps = { index: number; surface: string; wordClass?: WordClass | null; ruby: boolean };

function Word({ index, surface, wordClass, ruby }: WordProps) {
  const reading = romanizeEojeol(surface, wordClass);
  return (
    <ruby className="w" data-e={index} data-rr={reading ?? undefined}>
      {surface}
      {ruby && reading ? <rt>{reading}</rt> : null}
    </ruby>
  );
}
