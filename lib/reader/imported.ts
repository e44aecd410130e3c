import { linkEnglish } from '@/lib/glossary';
import { analyseKorean, type Analysis } from '@/lib/korean';
import { packImportedText, type CompactKorean, type ImportedSentence, type ImportedText, type PackedText } from '@/lib/payload';
import { pairTexts } from '@/lib/textimport';
import type { Corpus } from './corpus';
import { buildBilingualPayload } from './payload';

/** An analysis past its deadline. Recognised by name: the worker pool may come from another bundle. */
export class AnalysisTimeout extends Error {
  override name = 'AnalysisTimeout';
}
export const isAnalysisTimeout = (error: unknown) => error instanceof Error && error.name === 'AnalysisTimeout';

const compact = (a: Analysis): CompactKorean => ({
  eojeols: a.eojeols.map(({ start, end }) => ({ start, end })),
  terms: a.terms.map(({ termId, firstEojeol, lastEojeol }) => ({ termId, firstEojeol, lastEojeol })),
});

/**
 * Analyses a pasted text with the same analyser and glossary as the articles: paragraphs and
 * sentences paired, Korean analysed, English terms linked, popover data in both UI languages.
 * Checks the deadline between sentences and throws AnalysisTimeout past it.
 */
export function analyseImport(
  corpus: Corpus,
  input: { ko: string; en: string; title: string },
  deadline = Number.POSITIVE_INFINITY,
): ImportedText {
  const pairing = pairTexts(input.ko, input.en);
  const analyses: [string, Analysis][] = [];
  const english = new Map<string, string>();
  const paragraphs = pairing.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    mode: paragraph.mode,
    sentences: paragraph.sentences.map((s): ImportedSentence => {
      if (Date.now() > deadline) throw new AnalysisTimeout('analysis ran over its time');
      const analysis = analyseKorean(s.ko, corpus.lexicon);
      analyses.push([s.id, analysis]);
      if (s.en) english.set(s.id, s.en);
      return { id: s.id, ko: s.ko, en: s.en, korean: compact(analysis), english: s.en === null ? null : linkEnglish(s.en, corpus.english) };
    }),
  }));
  return {
    title: input.title,
    notice: pairing.notice,
    hasEnglish: input.en.trim() !== '',
    paragraphs,
    payload: buildBilingualPayload(corpus, analyses, (id) => english.get(id) ?? null),
  };
}

/** What the analysis route answers: analyseImport's text, packed (each distinct word, part and gloss once). */
export const analyseImportPacked = (
  corpus: Corpus,
  input: { ko: string; en: string; title: string },
  deadline = Number.POSITIVE_INFINITY,
): PackedText => packImportedText(analyseImport(corpus, input, deadline));
