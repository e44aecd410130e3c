import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseKorean, compileLexicon, type Analysis } from './index';

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
