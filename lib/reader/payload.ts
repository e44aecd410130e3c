import {
  GRAMMAR_BY_KEY,
  classifyTag,
  findGrammar,
  findNumberExpressions,
  findPatterns,
  isGrammarTag,
  suggestFromEnglish,
  tagInfo,
  type Analysis,
  type Eojeol,
  type Morpheme,
} from '@/lib/korean';
import type { BilingualPayload, GlossInfo, PatternUse, WordInfo, WordPart, WordPayload } from '@/lib/payload';
import { glossEojeol, type GlossContext } from './gloss';
import type { Corpus } from './corpus';

type Locale = 'ko' | 'en';

/** The parts of a morpheme as learners read them: an inflected token opens into its pieces (부으며 → 붓 + 으며). */
function partsOf(m: Morpheme): WordPart[] {
  if (!m.parts) return [{ form: m.surface, wordClass: m.wordClass, grammar: m.grammar ?? null, termId: m.termId ?? null, lemma: m.lemma }];
  return m.parts.map((part, i): WordPart => {
    // Every particle or ending inside a fused token is explained, not only the last (주세요 → 시 + 어요).
    const own = isGrammarTag(part.tag) ? (findGrammar(part.form, part.tag)?.key ?? null) : null;
    const grammar = own ?? (i === m.parts!.length - 1 ? (m.grammar ?? null) : null);
    // A stem shows as the verb or adjective it makes (설계+되 → 되 is a verb stem), with -다.
    const predicate = tagInfo(part.tag).predicate;
    const wordClass = predicate ?? (isGrammarTag(part.tag) ? classifyTag(part.tag) : m.wordClass);
    return { form: part.form, wordClass, grammar, termId: null, lemma: predicate ? `${part.form}다` : part.form };
  });
}

/**
 * Everything the word popover needs for one article, in one UI language: each eojeol's
 * breakdown (keyed "sentenceId:index"), the terms it links, and the josa/eomi it uses;
 * with `ids`, only those segments' words (a page of a long article).
 */
export function buildWordPayload(corpus: Corpus, slug: string, locale: Locale, ids?: ReadonlySet<string>): WordPayload {
  // One page of a long article (ids given) costs that page's words, whatever the article's length.
  const analyses = [...(corpus.analyses.get(slug) ?? [])].filter(([id]) => !ids || ids.has(id));
  const both = buildBilingualPayload(corpus, analyses);
  return { words: both.words, terms: both.terms[locale], grammar: both.grammar[locale], patterns: both.patterns[locale] };
}

/** The popover data of any analysed texts, with definitions and functions in both UI languages. */
export function buildBilingualPayload(
  corpus: Corpus,
  analyses: Iterable<[string, Analysis]>,
  englishOf: (id: string) => string | null = () => null,
): BilingualPayload {
  const payload: BilingualPayload = { words: {}, terms: { ko: {}, en: {} }, grammar: { ko: {}, en: {} }, patterns: { ko: {}, en: {} } };
  for (const [id, analysis] of analyses) {
    const english = englishOf(id);
    const context: GlossContext = {
      numbers: findNumberExpressions(analysis.text),
      ...(english ? { suggest: (korean: string) => suggestFromEnglish(korean, english)?.english ?? null } : {}),
    };
    const uses = patternUses(corpus, analysis);
    for (const eojeol of analysis.eojeols) {
      payload.words[`${id}:${eojeol.index}`] = toWordInfo(eojeol, glossEojeol(corpus, eojeol, context), uses.get(eojeol.index) ?? []);
      for (const m of eojeol.morphemes) {
        const keys = grammarKeys(m); // once per morpheme, for both languages
        for (const locale of ['ko', 'en'] as const) {
          if (m.termId) addTerm(corpus, payload.terms[locale], m.termId, locale);
          for (const key of keys) addGrammar(payload.grammar[locale], key, locale);
        }
      }
      for (const use of uses.get(eojeol.index) ?? []) {
        const pattern = corpus.patterns.find((p) => p.key === use.key);
        for (const locale of ['ko', 'en'] as const) {
          if (pattern && !Object.hasOwn(payload.patterns[locale], use.key))
            payload.patterns[locale][use.key] = { label: pattern.label, fn: pattern.fn[locale] };
        }
      }
    }
  }
  return payload;
}

/** The josa/eomi keys a morpheme shows: its own and those of the parts of a fused token. */
const grammarKeys = (m: Morpheme) =>
  new Set([...(m.grammar ? [m.grammar] : []), ...partsOf(m).flatMap((part) => (part.grammar ? [part.grammar] : []))]);

function toWordInfo(eojeol: Eojeol, gloss: GlossInfo | null, patterns: PatternUse[]): WordInfo {
  const parts = eojeol.morphemes.filter((m) => m.wordClass !== 'symbol').flatMap(partsOf);
  return { surface: eojeol.surface, lemma: eojeol.lemma, wordClass: eojeol.wordClass, gloss, parts, patterns };
}

/** The grammar patterns of a sentence, by eojeol: each use lists every word the pattern spans. */
function patternUses(corpus: Corpus, analysis: Analysis): Map<number, PatternUse[]> {
  const uses = new Map<number, PatternUse[]>();
  for (const match of findPatterns(analysis.morphemes, corpus.patterns)) {
    const words = [...new Set(match.morphemes.map((i) => analysis.morphemes[i]!.eojeol))];
    for (const word of words) uses.set(word, [...(uses.get(word) ?? []), { key: match.key, words }]);
  }
  return uses;
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

/** A josa/eomi entry for the popover: its function, then how its form follows the stem (batchim, then irregular stems: 놀라운, 이끈). */
function addGrammar(grammar: WordPayload['grammar'], key: string, locale: Locale) {
  const entry = GRAMMAR_BY_KEY.get(key);
  if (entry && !Object.hasOwn(grammar, key)) {
    const rule = [entry.batchim?.[locale], entry.irregular?.[locale]].filter(Boolean).join(' ');
    grammar[key] = { label: entry.label, fn: entry.fn[locale], batchim: rule || null };
  }
}
