import { splitParticles } from '@/lib/korean/browser';

export type AnswerCheck = { correct: boolean; expected: string; note: 'exact' | 'particle' | 'spacing' | 'case' | null };

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Checks a typed answer against the expected form. Accepted: decomposed Hangul (NFD), extra or
 * missing spaces, a trailing particle (블랙웰 울트라를), and any letter case for English.
 * e.g. checkAnswer('인피니밴드로', '인피니밴드') → { correct: true, note: 'particle' }
 */
export function checkAnswer(input: string, expected: string): AnswerCheck {
  const given = normalise(input);
  const target = normalise(expected);
  const result = (correct: boolean, note: AnswerCheck['note']) => ({ correct, expected: target, note });
  if (given === target) return result(true, 'exact');
  if (given.toLowerCase() === target.toLowerCase()) return result(true, 'case');
  const squash = (s: string) => s.replace(/ /g, '').toLowerCase();
  if (squash(given) === squash(target)) return result(true, 'spacing');
  if (squash(given).startsWith(squash(target))) {
    const rest = squash(given).slice(squash(target).length);
    if (splitParticles(rest)?.length) return result(true, 'particle');
  }
  return result(false, null);
}
