import { describe, expect, it } from 'vitest';
import { answersOf, cardDirections, exampleFor, frontOf } from '@/lib/practice/deck';
import { buildDeck, buildExampleIndex, getCorpus } from './index';

const corpus = getCorpus();
const examples = buildExampleIndex(corpus);
// Spelling-blind comparison, independent of givesAway: letters and digits only, any case.
const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^a-z0-9가-힣]/g, '');

describe.each(['en', 'ko'] as const)('every flashcard of the glossary (%s)', (locale) => {
  const deck = buildDeck(corpus, locale);
  const cards = deck.flatMap((word) => cardDirections(word).map((direction) => ({ word, direction })));

  it('makes at least one card of every term', () => {
    expect(deck.filter((w) => cardDirections(w).length === 0).map((w) => w.wordId)).toEqual([]);
    expect(cards.length).toBeGreaterThan(deck.length);
  });

  it('never shows the answer on the front (AI → AI, GPU → GPU, AI 칩 romanized “AI chip”)', () => {
    const leaks = cards.flatMap(({ word, direction }) => {
      const front = frontOf(word, direction);
      const shown = [front.text, front.sub ?? ''].map(norm).filter(Boolean);
      return answersOf(word, direction)
        .map(norm)
        .filter((answer) => shown.some((s) => s === answer || (answer.length >= 2 && s.includes(answer))))
        .map((answer) => `${word.wordId}#${direction}: ${answer}`);
    });
    expect(leaks).toEqual([]);
  });

  it.each([
    ['t:ai', ['recall']],
    ['t:gpu', ['recall']],
    ['t:amd', ['recall']],
    ['t:ceo', ['recall']],
    ['t:gb200', ['recall']],
    ['t:ai-chip', ['recognition', 'recall']],
    ['t:sns', ['recognition', 'recall']],
  ])('%s has cards %j', (wordId, directions) => {
    const word = deck.find((w) => w.wordId === wordId)!;
    expect(cardDirections(word)).toEqual(directions);
    if (!directions.includes('recognition')) expect(frontOf(word, 'recall').kind).toBe('definition');
  });

  it('shows “AI chip” as the romanization of AI 칩 only on the back', () => {
    const word = deck.find((w) => w.wordId === 't:ai-chip')!;
    expect(frontOf(word, 'recognition').sub).toBeUndefined();
  });
});

describe('each card’s back shows a sentence from the articles with its translation', () => {
  const deck = buildDeck(corpus, 'en');
  it.each(deck.map((w) => [w.wordId, w] as const))('%s', (_, word) => {
    const example = exampleFor(examples, word.wordId)!;
    expect(example).toBeDefined();
    const marked = example.ko.slice(...example.mark!);
    expect([word.ko, ...(word.accepted ?? [])].some((form) => norm(marked).startsWith(norm(form)))).toBe(true);
    expect(example.en.length).toBeGreaterThan(10);
    expect(corpus.articles.find((a) => a.slug === example.slug)).toBeDefined();
  });

  it('a word of the articles that is not a term has one too (쏟아붓다)', () => {
    const example = exampleFor(examples, 'w:쏟아붓다')!;
    expect(example.ko.slice(...example.mark!)).toBe('쏟아부으며');
  });
});
