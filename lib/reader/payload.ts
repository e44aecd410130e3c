import { GRAMMAR_BY_KEY, type Analysis, type Eojeol, type Morpheme, type WordClass } from '@/lib/korean';
import type { Corpus } from './corpus';

type Locale = 'ko' | 'en';

/** One part of a word as the popover shows it: form, class, josa/eomi key, term id, lemma. */
export type WordPart = [form: string, wordClass: WordClass, grammar: string | null, termId: string | null, lemma: string];
/** A word: surface, lemma, class, English gloss, parts. */
export type WordInfo = [surface: string, lemma: string | null, wordClass: WordClass | null, gloss: string | null, parts: WordPart[]];
/** A term: headword, romanization, English, definition in the UI language. */
export type TermInfo = [headword: string, romanization: string, english: string, definition: string];
/** A particle or ending: label, function in the UI language, batchim rule. */
export type GrammarInfo = [label: string, fn: string, batchim: string | null];

export type WordPayload = { words: Record<string, WordInfo>; terms: Record<string, TermInfo>; grammar: Record<string, GrammarInfo> };

/** The parts of a morpheme as learners read them: an inflected token opens into its pieces (부으며 → 붓 + 으며). */
function partsOf(m: Morpheme): WordPart[] {
  if (!m.parts) return [[m.surface, m.wordClass, m.grammar ?? null, m.termId ?? null, m.lemma]];
  return m.parts.map((part, i): WordPart => {
    const last = i === m.parts!.length - 1;
    const grammar = last ? (m.grammar ?? null) : null;
    const isStem = /^(VV|VA|VX|XSV|XSA|VCP)$/.test(part.tag);
    return [
      part.form,
      (isStem
        ? part.tag === 'VA' || part.tag === 'XSA'
          ? 'adjective'
          : 'verb'
        : /^(E|J)/.test(part.tag)
          ? part.tag[0] === 'E'
            ? 'ending'
            : 'particle'
          : m.wordClass) as WordClass,
      grammar,
      null,
      isStem ? `${part.form}다` : part.form,
    ];
  });
}

/**
 * Everything the word popover needs for one article, in one UI language: each eojeol's
 * breakdown (keyed "sentenceId:index"), the terms it links, and the josa/eomi it uses.
 */
export function buildWordPayload(corpus: Corpus, slug: string, locale: Locale): WordPayload {
  const both = buildBilingualPayload(corpus, corpus.analyses.get(slug) ?? []);
  return { words: both.words, terms: both.terms[locale], grammar: both.grammar[locale] };
}

/** The popover data of any analysed texts, with definitions and functions in both UI languages. */
export type BilingualPayload = {
  words: WordPayload['words'];
  terms: Record<Locale, WordPayload['terms']>;
  grammar: Record<Locale, WordPayload['grammar']>;
};

export function buildBilingualPayload(corpus: Corpus, analyses: Iterable<[string, Analysis]>): BilingualPayload {
  const payload: BilingualPayload = { words: {}, terms: { ko: {}, en: {} }, grammar: { ko: {}, en: {} } };
  for (const [id, analysis] of analyses) {
    for (const eojeol of analysis.eojeols) {
      payload.words[`${id}:${eojeol.index}`] = toWordInfo(corpus, eojeol);
      for (const m of eojeol.morphemes) {
        for (const locale of ['ko', 'en'] as const) {
          const scoped = { words: payload.words, terms: payload.terms[locale], grammar: payload.grammar[locale] };
          if (m.termId) addTerm(corpus, scoped, m.termId, locale);
          if (m.grammar) addGrammar(scoped, m.grammar, locale);
        }
      }
    }
  }
  return payload;
}

function toWordInfo(corpus: Corpus, eojeol: Eojeol): WordInfo {
  const termId = eojeol.morphemes.find((m) => m.termId)?.termId;
  const gloss = termId ? (corpus.glossary.byId.get(termId)?.english ?? null) : eojeol.lemma ? (corpus.glosses[eojeol.lemma] ?? null) : null;
  return [eojeol.surface, eojeol.lemma, eojeol.wordClass, gloss, eojeol.morphemes.filter((m) => m.wordClass !== 'symbol').flatMap(partsOf)];
}

function addTerm(corpus: Corpus, payload: WordPayload, termId: string, locale: Locale) {
  const entry = corpus.glossary.byId.get(termId);
  if (entry && !payload.terms[termId])
    payload.terms[termId] = [entry.headword, entry.romanization, entry.english, entry.definition[locale]];
}

function addGrammar(payload: WordPayload, key: string, locale: Locale) {
  const entry = GRAMMAR_BY_KEY.get(key);
  if (entry && !payload.grammar[key]) payload.grammar[key] = [entry.label, entry.fn[locale], entry.batchim?.[locale] ?? null];
}
