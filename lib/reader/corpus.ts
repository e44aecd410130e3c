import 'server-only';
import { loadArticles, type Article, type Segment } from '@/lib/content';
import { knownWords, loadDictionary, type Dictionary } from '@/lib/dictionary';
import { compileEnglishTerms, linkEnglish, loadGlossary, searchKey, type EnglishSegment, type Glossary } from '@/lib/glossary';
import {
  analyseKorean,
  TAG,
  compileLexicon,
  loadPatterns,
  type Analysis,
  type CompiledLexicon,
  type GrammarPattern,
  type LexiconEntry,
  type LexiconTag,
} from '@/lib/korean';
import { cachedAnalysis, readAnalysesCache, writeAnalysesCache } from './analyses-cache';
import { listArticleWordIds } from './lemmas';
import { loadLexiconFiles, type Glosses } from './lexicon-files';

/** Every Korean and English text of an article, title, headings and figures included. */
export function segmentsOf(article: Article): Segment[] {
  return [article.title, ...article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : [block.segment]))];
}

const PROPER = new Set(['company', 'person', 'product', 'event']);

/** Glossary headwords and aliases, then the extra loanwords, as lexicon entries for the analyser. */
export function buildLexicon(glossary: Glossary, words: { ko: string; tag: LexiconTag }[]): LexiconEntry[] {
  const terms = glossary.entries.flatMap((entry) =>
    [entry.headword, ...entry.aliases].map((surface): LexiconEntry => ({
      surface,
      lemma: entry.headword,
      tag: PROPER.has(entry.category) ? TAG.NNP : TAG.NNG,
      termId: entry.id,
    })),
  );
  return [...terms, ...words.map((word): LexiconEntry => ({ surface: word.ko, lemma: word.ko, tag: word.tag }))];
}

export type Corpus = {
  articles: Article[];
  glossary: Glossary;
  lexicon: CompiledLexicon;
  english: ReturnType<typeof compileEnglishTerms>;
  glosses: Glosses;
  /** The learner's dictionary (lexicon/dictionary), server only: pages get the glosses of their own words. */
  dictionary: Dictionary;
  /** The multi-word grammar patterns (lexicon/patterns.yaml). */
  patterns: GrammarPattern[];
  /** Analysis of each Korean text, by article slug and segment id. */
  analyses: Map<string, Map<string, Analysis>>;
  /** Each English text with its glossary terms linked, by article slug and segment id. */
  linkedEnglish: Map<string, Map<string, EnglishSegment[]>>;
  /** The words a learner can know in each article (for "N of M words known"), by slug. */
  wordIds: Map<string, string[]>;
  /** Each glossary entry's search key, by id. */
  searchKeys: Map<string, string>;
};

// One per process, across Next's separately bundled routes (see lib/korean/lindera.ts).
const shared = globalThis as typeof globalThis & {
  __hanyeongCorpus?: Corpus;
  __hanyeongArticleAnalyses?: Corpus['analyses'];
  __hanyeongAnalysesMade?: boolean;
};

/**
 * The articles' analyses made elsewhere (by an analysis worker, at server start): getCorpus takes
 * each one whose text is the segment's own instead of analysing it, so that a server whose
 * workers analyse never loads ko-dic in its main thread (about 230 MB of memory each time).
 */
export function provideArticleAnalyses(analyses: Corpus['analyses']) {
  if (!shared.__hanyeongAnalysesMade) shared.__hanyeongArticleAnalyses = analyses;
}

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * Loads content, glossary and lexicon, and analyses every article (on first use), once per process: a build
 * worker or a server loads the dictionary once, however many pages it renders.
 */
export function getCorpus(): Corpus {
  if (shared.__hanyeongCorpus) return shared.__hanyeongCorpus;
  const articles = loadArticles();
  const texts = articles.flatMap((article) => segmentsOf(article).flatMap((segment) => [segment.ko, segment.en]));
  const glossary = loadGlossary(undefined, texts);
  const { words, glosses } = loadLexiconFiles();
  const dictionary = loadDictionary();
  const patterns = loadPatterns();
  const fixed = words.fixed.map((entry) => ({
    surface: entry.eojeol,
    morphemes: entry.morphemes.map(([surface, tag, lemma]) => ({ surface, tag, ...(lemma ? { lemma } : {}) })),
  }));
  const lexicon = compileLexicon(buildLexicon(glossary, words.words), fixed, knownWords(dictionary));
  // The articles' analyses and what is made from them, on first use: an analysis worker never
  // needs them (it analyses pasted texts), and a server's static reader pages do not either, so
  // neither pays at start for every article (ten long ones: seconds, and their memory per thread).
  const analyses = once(() => {
    const provided = shared.__hanyeongArticleAnalyses;
    delete shared.__hanyeongArticleAnalyses;
    shared.__hanyeongAnalysesMade = true;
    // The build analyses every article and keeps the result for the server it builds (analyses-cache.ts).
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    // Only a production server reads it (tests and scripts analyse with the code they run).
    const cache = !building && process.env.NODE_ENV === 'production' ? readAnalysesCache() : null;
    const analysisOf = (slug: string, segment: Segment) => {
      const given = provided?.get(slug)?.get(segment.id);
      if (given?.text === segment.ko) return given;
      return cachedAnalysis(cache, slug, segment.id, segment.ko) ?? analyseKorean(segment.ko, lexicon);
    };
    const made = new Map(
      articles.map((article) => [
        article.slug,
        new Map(segmentsOf(article).map((segment) => [segment.id, analysisOf(article.slug, segment)])),
      ]),
    );
    if (building) writeAnalysesCache(made);
    return made;
  });
  const english = compileEnglishTerms(glossary.entries);
  const linkedEnglish = once(
    () =>
      new Map(
        articles.map((article) => [
          article.slug,
          new Map(segmentsOf(article).map((segment) => [segment.id, linkEnglish(segment.en, english)])),
        ]),
      ),
  );
  // The words a learner can give a status in the reader: not an image description's (shown as plain text).
  const wordIds = once(
    () =>
      new Map(
        articles.map((article) => {
          const figures = new Set(article.blocks.flatMap((block) => (block.kind === 'figure' ? [block.segment.id] : [])));
          const shown = [...analyses().get(article.slug)!].filter(([id]) => !figures.has(id)).map(([, analysis]) => analysis);
          return [article.slug, listArticleWordIds(shown)];
        }),
      ),
  );
  const searchKeys = new Map(glossary.entries.map((entry) => [entry.id, searchKey(entry)]));
  shared.__hanyeongCorpus = {
    articles,
    glossary,
    lexicon,
    english,
    glosses,
    dictionary,
    patterns,
    get analyses() {
      return analyses();
    },
    get linkedEnglish() {
      return linkedEnglish();
    },
    get wordIds() {
      return wordIds();
    },
    searchKeys,
  };
  return shared.__hanyeongCorpus;
}
