import { splitParticles } from '@/lib/korean/browser';
import { correctParticle, pairOf } from './particles';

export type AnswerNote = 'exact' | 'particle' | 'spacing' | 'case' | 'alias' | 'allomorph';
export type AnswerCheck = {
  correct: boolean;
  expected: string;
  note: AnswerNote | null;
  /** The accepted form that matched, when it is not the expected one: 인공지능 for AI. */
  matched?: string;
  /** A wrong form of a particle after the right word: 서버을 → { word: 서버, given: 을, right: 를 }. */
  particle?: { word: string; given: string; right: string };
};

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const squash = (s: string) => s.replace(/ /g, '').toLowerCase();

type One = { correct: boolean; note: AnswerNote | null; particle?: AnswerCheck['particle'] };

function checkOne(given: string, target: string): One {
  if (given === target) return { correct: true, note: 'exact' };
  if (given.toLowerCase() === target.toLowerCase()) return { correct: true, note: 'case' };
  if (squash(given) === squash(target)) return { correct: true, note: 'spacing' };
  if (!squash(given).startsWith(squash(target))) return { correct: false, note: null };
  const rest = squash(given).slice(squash(target).length);
  const parts = splitParticles(rest);
  if (!parts?.length) return { correct: false, note: null };
  // The particle's form must suit the word as it is read: 서버를, not 서버을; GPU가, not GPU이.
  const pair = pairOf(parts[0]!.surface);
  const right = pair && correctParticle(target, pair);
  if (right && right !== parts[0]!.surface)
    return { correct: false, note: 'allomorph', particle: { word: target, given: parts[0]!.surface, right } };
  return { correct: true, note: 'particle' };
}

/**
 * Checks a typed answer against the expected form and its accepted alternatives (a glossary
 * term's aliases and standard spellings: 인공지능 for AI, 샘 올트먼 for 샘 알트만). Accepted:
 * decomposed Hangul (NFD), extra or missing spaces, any letter case for English, and a trailing
 * particle in its right form (블랙웰 울트라를). A wrong form of the particle (서버을, 인피니밴드으로,
 * 엔비디아이) is not accepted, and the check says so.
 * e.g. checkAnswer('서버을', '서버') → { correct: false, note: 'allomorph', particle: { word: '서버', given: '을', right: '를' } }
 */
export function checkAnswer(input: string, expected: string, accepted: readonly string[] = []): AnswerCheck {
  const given = normalise(input);
  const target = normalise(expected);
  let wrongForm: AnswerCheck | null = null;
  for (const candidate of [target, ...accepted.map(normalise)]) {
    const one = checkOne(given, candidate);
    const alias = candidate !== target;
    if (one.correct) return { correct: true, expected: target, note: alias ? 'alias' : one.note, ...(alias ? { matched: candidate } : {}) };
    if (one.particle && !wrongForm) wrongForm = { correct: false, expected: target, note: 'allomorph', particle: one.particle };
  }
  return wrongForm ?? { correct: false, expected: target, note: null };
}
