import { htmlText, toAnkiTsv, toCsv } from '@/lib/export';
import { lemmaWordId } from './cards';
import { listMyTerms } from './my-terms';
import type { Progress } from './schema';

/** A sentence to export with a word: the Korean and its English (null where the text has none). */
export type ExportSentence = { ko: string; en: string | null };
/** Finds a saved word's example sentence (the articles' example index, for instance). */
export type ExampleLookup = (wordId: string, lemma: string) => ExportSentence | undefined;

type Row = { korean: string; meaning: string; mine: boolean; status: string; kind: 'word' | 'term'; sentence?: ExportSentence };

/**
 * My words, then the learner's own terms: each with the meaning the learner sees first (their own,
 * else the saved gloss) and an example sentence with its translation where one is known.
 */
function rows(progress: Progress, exampleOf: ExampleLookup): Row[] {
  const words = Object.entries(progress.words)
    .filter(([, word]) => word.saved)
    .sort(([, a], [, b]) => a.lemma.localeCompare(b.lemma, 'ko'))
    .map(([id, word]): Row => ({
      korean: word.lemma,
      meaning: word.myGloss ?? word.gloss ?? '',
      mine: word.myGloss !== undefined,
      status: word.status ?? '',
      kind: 'word',
      sentence: exampleOf(id, word.lemma) ?? exampleOf(lemmaWordId(word.lemma), word.lemma),
    }));
  const terms = listMyTerms(progress.myTerms).map(([, term]): Row => ({
    korean: term.label,
    meaning: term.meaning,
    mine: true,
    status: '',
    kind: 'term',
    ...(term.example ? { sentence: { ko: term.example.ko, en: term.example.en } } : {}),
  }));
  return [...words, ...terms];
}

const none: ExampleLookup = () => undefined;

/** My words and own terms as CSV: korean, meaning, whose meaning (yours or the app's), status, kind, sentence, translation. */
export const myWordsCsv = (progress: Progress, exampleOf: ExampleLookup = none) =>
  toCsv(
    ['korean', 'meaning', 'meaning_source', 'status', 'kind', 'sentence', 'translation'],
    rows(progress, exampleOf).map((r) => [
      r.korean,
      r.meaning,
      r.mine ? 'yours' : 'app',
      r.status,
      r.kind,
      r.sentence?.ko ?? '',
      r.sentence?.en ?? '',
    ]),
  );

/**
 * My words and own terms as an Anki text import for the Basic note type: Korean on the front; the
 * meaning, the example sentence and its translation on the back (one line each); the sentence and
 * translation also in their own columns, for a note type with fields of those names.
 */
export const myWordsAnki = (progress: Progress, exampleOf: ExampleLookup = none) =>
  toAnkiTsv(
    ['Front', 'Back', 'Sentence', 'Translation', 'Tags'],
    rows(progress, exampleOf).map((r) => [
      r.korean,
      {
        html: [r.meaning, r.sentence?.ko, r.sentence?.en]
          .filter((line): line is string => !!line)
          .map(htmlText)
          .join('<br>'),
      },
      r.sentence?.ko ?? '',
      r.sentence?.en ?? '',
      `hanyeong ${r.kind === 'term' ? 'my-terms' : 'my-words'}${r.mine ? ' own-meaning' : ''}`,
    ]),
    { html: true, notetype: 'Basic' },
  );
