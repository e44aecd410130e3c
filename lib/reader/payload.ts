import { GRAMMAR_BY_KEY, classifyTag, isGrammarTag, tagInfo, type Analysis, type Eojeol, type Morpheme } from '@/lib/korean';
import type { BilingualPayload, WordInfo, WordPart, WordPayload } from '@/lib/payload';
import type { Corpus } from './corpus';

type Locale = 'ko' | 'en';

/** The parts of a morpheme as learners read them: an inflected token opens into its pieces (부으며 → 붓 + 으며). */
function partsOf(m: Morpheme): WordPart[] {
  if (!m.parts) return [{ form: m.surface, wordClass: m.wordClass, grammar: m.grammar ?? null, termId: m.termId ?? null, lemma: m.lemma }];
  return m.parts.map((part, i): WordPart => {
    const grammar = i === m.parts!.length - 1 ? (m.grammar ?? null) : null;
    // A stem shows as the verb or adjective it makes (설계+되 → 되 is a verb stem), with -다.
    const predicate = tagInfo(part.tag).predicate;
    const wordClass = predicate ?? (isGrammarTag(part.tag) ? classifyTag(part.tag) : m.wordClass);
    return { form: part.form, wordClass, grammar, termId: null, lemma: predicate ? `${part.form}다` : part.form };
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
export function buildBilingualPayload(corpus: Corpus, analyses: Iterable<[string, Analysis]>): BilingualPayload {
  const payload: BilingualPayload = { words: {}, terms: { ko: {}, en: {} }, grammar: { ko: {}, en: {} } };
  for (const [id, analysis] of analyses) {
    for (const eojeol of analysis.eojeols) {
      payload.words[`${id}:${eojeol.index}`] = toWordInfo(corpus, eojeol);
      for (const m of eojeol.morphemes) {
        for (const locale of ['ko', 'en'] as const) {
          if (m.termId) addTerm(corpus, payload.terms[locale], m.termId, locale);
          if (m.grammar) addGrammar(payload.grammar[locale], m.grammar, locale);
        }
      }
    }
  }
  return payload;
}

function toWordInfo(corpus: Corpus, eojeol: Eojeol): WordInfo {
  const termId = eojeol.morphemes.find((m) => m.termId)?.termId;
  const gloss = termId ? (corpus.glossary.byId.get(termId)?.english ?? null) : eojeol.lemma ? (corpus.glosses[eojeol.lemma] ?? null) : null;
  const parts = eojeol.morphemes.filter((m) => m.wordClass !== 'symbol').flatMap(partsOf);
  return { surface: eojeol.surface, lemma: eojeol.lemma, wordClass: eojeol.wordClass, gloss, parts };
}

function addTerm(corpus: Corpus, terms: WordPayload['terms'], termId: string, locale: Locale) {
  const entry = corpus.glossary.byId.get(termId);
  if (entry && !Object.hasOwn(terms, termId)) {
    terms[termId] = {
      headword: entry.headword,
      romanization: entry.romanization,
      english: entry.english,
      definition: entry.definition[locale],
    };
  }
}

function addGrammar(grammar: WordPayload['grammar'], key: string, locale: Locale) {
  const entry = GRAMMAR_BY_KEY.get(key);
  if (entry && !Object.hasOwn(grammar, key))
    grammar[key] = { label: entry.label, fn: entry.fn[locale], batchim: entry.batchim?.[locale] ?? null };
}
