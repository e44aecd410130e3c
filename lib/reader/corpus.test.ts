import { describe, expect, it } from 'vitest';
import { buildWordPayload, findOccurrences, getCorpus, listContentLemmas } from './index';
import { romanizeEojeol } from '@/lib/korean';

const corpus = getCorpus();
const analyses = [...corpus.analyses.values()].flatMap((byId) => [...byId.values()]);
const SLUG = 'microsoft-ai-datacenters';

describe('the glossary covers the article', () => {
  it('has at least 30 entries, including the terms the article is about', () => {
    expect(corpus.glossary.entries.length).toBeGreaterThanOrEqual(30);
    const required = [
      'blackwell-ultra',
      'infiniband',
      'gb200',
      'nvidia',
      'microsoft',
      'openai',
      'amd',
      'azure',
      'data-center',
      'ai-factory',
      'parameter',
      'hyperscale-ai',
      'satya-nadella',
      'sam-altman',
      'kevin-scott',
      'techcrunch-disrupt',
    ];
    expect(required.filter((id) => !corpus.glossary.byId.has(id))).toEqual([]);
  });

  it('links every glossary entry in the Korean text of some article', () => {
    const linked = new Set(analyses.flatMap((a) => a.terms.map((t) => t.termId)));
    expect(corpus.glossary.entries.map((e) => e.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('romanizes Hangul headwords by the Revised Romanization (as the reader does: lib/korean/romanize.ts)', () => {
    const romanize = (headword: string) =>
      headword
        .split(' ')
        .map((word) => romanizeEojeol(word))
        .join(' ');
    const wrong = corpus.glossary.entries
      .filter((e) => /^[가-힣 ]+$/.test(e.headword))
      .filter((e) => e.romanization !== romanize(e.headword))
      .map((e) => `${e.id}: ${e.romanization} ≠ ${romanize(e.headword)}`);
    expect(wrong).toEqual([]);
  });
});

describe('the lexicon explains every word of every article', () => {
  it('glosses every content lemma (a new article must bring its vocabulary)', () => {
    const missing = [...listContentLemmas(analyses)].filter(([lemma]) => !corpus.glosses[lemma]).map(([lemma, c]) => `${lemma} (${c})`);
    expect(missing).toEqual([]);
  });

  it('has a josa/eomi entry for every particle and ending in the articles', () => {
    const missing = new Set(
      analyses.flatMap((a) => a.morphemes.filter((m) => /^(J|E)/.test(m.tag) && !m.grammar).map((m) => `${m.surface}/${m.tag}`)),
    );
    expect([...missing]).toEqual([]);
  });

  it('leaves no Korean word unknown to ko-dic', () => {
    const unknown = analyses.flatMap((a) => a.morphemes.filter((m) => m.tag === 'UNK').map((m) => m.surface));
    expect(unknown).toEqual([]);
  });
});

describe('what the reader and glossary pages are given', () => {
  it('the popover data breaks 인피니밴드(InfiniBand)로 into term, gloss and particle', () => {
    const payload = buildWordPayload(corpus, SLUG, 'en');
    const word = Object.values(payload.words).find((w) => w.surface === '인피니밴드(InfiniBand)로')!;
    expect(word.parts.map(({ form, wordClass, grammar }) => [form, wordClass, grammar])).toEqual([
      ['인피니밴드', 'noun', null],
      ['InfiniBand', 'foreign', null],
      ['로', 'particle', 'means'],
    ]);
    expect(payload.terms.infiniband?.english).toBe('InfiniBand');
    expect(payload.grammar.means?.label).toBe('(으)로');
    expect(buildWordPayload(corpus, SLUG, 'ko').terms.infiniband?.definition).toMatch(/다\.$/);
  });

  it('finds each sentence a term occurs in', () => {
    expect(findOccurrences(corpus, 'gb200').map((o) => o.segmentId)).toEqual(['p03-1']);
    expect(findOccurrences(corpus, 'kevin-scott').map((o) => o.segmentId)).toEqual(['p06-4']);
  });
});
