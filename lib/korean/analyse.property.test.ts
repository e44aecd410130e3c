import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseKorean, compileLexicon, type Analysis } from './index';
import { forEachWord, newMorpheme } from './types';

const lexicon = compileLexicon([
  { surface: '인피니밴드', lemma: '인피니밴드', tag: 'NNG', termId: 'infiniband' },
  { surface: '케빈 스콧', lemma: '케빈 스콧', tag: 'NNP', termId: 'kevin-scott' },
  { surface: 'AI', lemma: 'AI', tag: 'NNG', termId: 'ai' },
]);

/** Characters that stress the analyser: syllables, lone and decomposed jamo, Latin, digits, emoji, spaces. */
const unit = fc.oneof(
  fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x1100, max: 0x11ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x3131, max: 0x318e }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(
    '가'.normalize('NFD'),
    '한'.normalize('NFD'),
    '이',
    '는',
    '로',
    '(',
    ')',
    '‘',
    '’',
    '.',
    ',',
    '!',
    '인피니밴드',
    '케빈 스콧',
    'AI',
    '(InfiniBand)',
  ),
  fc.constantFrom('😀', '🇰🇷', '👩‍💻', '\uD800', '\uDC00'),
  fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 2 }),
);

function checkOffsets(text: string, analysis: Analysis) {
  let previousEnd = 0;
  for (const m of analysis.morphemes) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    previousEnd = m.end;
  }
  for (const t of analysis.terms) expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
}

describe('analyseKorean on arbitrary Unicode', () => {
  it('never throws; morpheme offsets stay in order, never overlap and stay inside the input (10,000 inputs)', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          checkOffsets(text, analyseKorean(text, lexicon));
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('holds for long inputs, up to 50,000 characters (25 inputs)', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1_000, maxLength: 12_000 }).map((parts) => parts.join('').slice(0, 50_000)),
        (text) => {
          checkOffsets(text, analyseKorean(text, lexicon));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('forEachWord', () => {
  it('finds the same words as /\\S+/g, every Unicode space included', () => {
    const spaces = [
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u200a',
      '\u2028',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
    ];
    const char = fc.oneof(
      fc.constantFrom(...spaces, '\u200b', '\u0085', '가', 'A', '.'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const found: [number, number][] = [];
        forEachWord(text, 0, text.length, (start, end) => found.push([start, end]));
        expect(found).toEqual([...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]));
      }),
    );
  });
});

describe('newMorpheme', () => {
  it('gives every morpheme the same keys in the same order', () => {
    const plain = newMorpheme({ surface: '책', start: 0, end: 1, tag: 'NNG', wordClass: 'noun', lemma: '책' });
    const full = newMorpheme({
      surface: '가',
      start: 0,
      end: 1,
      tag: 'JKS',
      wordClass: 'particle',
      lemma: '가',
      grammar: 'subject',
      parts: [],
    });
    expect(Object.keys(plain)).toEqual(Object.keys(full));
    expect(plain.eojeol).toBe(-1);
  });
});
