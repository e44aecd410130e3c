import { describe, expect, it } from 'vitest';
import { buildClozeItems, getCorpus } from './index';
import { distractorsFor, mentions, sameFamily } from './distractors';

const corpus = getCorpus();
const items = buildClozeItems(corpus);
const headwords = new Map(corpus.glossary.entries.map((e) => [e.headword, e]));
const termOf = (answer: string) => headwords.get(answer) ?? corpus.glossary.entries.find((e) => e.aliases.includes(answer));
const PROPER = new Set(['company', 'person', 'product', 'event']);

describe('cloze distractors', () => {
  it.each([
    ['GB200', 'GB300', true],
    ['GB300', 'GB200', true],
    ['H100', 'H200', true],
    ['2분기', '3분기', true],
    ['네트워크', '네트워킹', true],
    ['경쟁', '경쟁사', true],
    ['서버', '서버 랙', true],
    ['AI', 'AI 칩', true],
    ['AI 모델', 'AI 혁명', false],
    ['엔비디아', 'AMD', false],
  ])('%s and %s are of one family: %s', (a, b, expected) => expect(sameFamily(a, b)).toBe(expected));

  it('never offers GB300 for GB200, or GB200 for GB300, whatever the sentence', () => {
    for (const [termId, other] of [
      ['gb200', 'GB300'],
      ['gb300', 'GB200'],
    ] as const) {
      for (const analysis of [...corpus.analyses.values()].flatMap((byId) => [...byId.values()])) {
        const key = { kind: 'term' as const, termId, answer: corpus.glossary.byId.get(termId)!.headword };
        expect(distractorsFor(corpus, key, { analysis, hint: '', seed: analysis.text, used: new Map() })).not.toContain(other);
      }
    }
  });

  it('makes an item of most sentences', () => expect(items.length).toBeGreaterThanOrEqual(20));

  it.each(items.map((i) => [i.id, i] as const))('%s', (_, item) => {
    const distractors = item.options.filter((o) => o !== item.answer);
    // Four different options, the answer once
    expect(new Set(item.options).size).toBe(4);
    expect(distractors).toHaveLength(3);
    // The hint (the English sentence) never spells the answer
    for (const form of [item.answer, ...(item.accepted ?? [])]) expect(mentions(item.hint, form)).toBe(false);
    // Not one that could be right as well: same family, already in the sentence, named by the hint
    for (const d of distractors) {
      expect(sameFamily(d, item.answer)).toBe(false);
      expect(`${item.before}${item.answer}${item.after}`).not.toContain(d);
      const term = termOf(d);
      if (term) expect([term.english, ...term.englishAliases].filter((e) => mentions(item.hint, e))).toEqual([]);
    }
    // Of the same class: terms for a term (proper names for a proper name), nouns for a noun
    const key = termOf(item.answer);
    if (key) {
      for (const d of distractors) {
        const term = termOf(d)!;
        expect(term).toBeDefined();
        expect(PROPER.has(term.category)).toBe(PROPER.has(key.category));
        expect(key.related.includes(term.id) || term.related.includes(key.id)).toBe(false);
      }
    } else {
      expect(distractors.filter((d) => termOf(d))).toEqual([]);
      expect(distractors.filter((d) => /적$/.test(d))).toEqual([]);
    }
  });

  it('varies: no distractor in more than three items, and most are used once', () => {
    const uses = new Map<string, number>();
    for (const item of items) for (const o of item.options) if (o !== item.answer) uses.set(o, (uses.get(o) ?? 0) + 1);
    expect([...uses].filter(([, n]) => n > 3)).toEqual([]);
    expect(uses.size).toBeGreaterThanOrEqual(items.length * 2);
  });
});
