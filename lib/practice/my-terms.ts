import { z } from 'zod/mini';
import { isoDateTime } from '@/lib/storage';
import { MAX_MY_GLOSS } from './cards';

// The learner's own multi-word terms (자리(를) 잡다 "to establish oneself"): kept in progress as the
// optional top-level field `myTerms`, so that progress stored before them stays valid.

/** The most words a term may span. */
export const MAX_TERM_WORDS = 6;
/** The longest label (the term as the learner writes it: 자리(를) 잡다). */
export const MAX_TERM_LABEL = 80;

const count = z.number().check(z.int(), z.nonnegative());

/** The sentence a term was saved from, with its translation: shown on its card and exported with it. */
export const termExampleSchema = z.object({
  ko: z.string(),
  en: z.nullable(z.string()),
  /** Where the sentence is, without the locale: /read/<slug> or /import/<id>. */
  source: z.string().check(z.regex(/^\/(read|import)\//)),
  sid: z.string(),
  /** The term's words in `ko`: [start, end). */
  mark: z.optional(z.tuple([count, count])),
});

/**
 * A term the learner saved: `keys` are the content lemmas of its words, in order (자리, 잡다),
 * which is what a text must hold to show it. A deleted term stays as a tombstone, so that a
 * merge with an older copy does not bring it back.
 */
export const myTermSchema = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(MAX_TERM_LABEL)),
  keys: z.array(z.string().check(z.minLength(1))).check(z.minLength(2), z.maxLength(MAX_TERM_WORDS * 3)),
  meaning: z.string().check(z.maxLength(MAX_MY_GLOSS)),
  example: z.optional(termExampleSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleted: z.optional(z.literal(true)),
});
export const myTermsSchema = z.record(z.string(), myTermSchema);

export type MyTerm = z.infer<typeof myTermSchema>;
export type TermExample = z.infer<typeof termExampleSchema>;

/** A term's key in `myTerms`: its lemmas. e.g. myTermKey(['자리', '잡다']) → '자리 잡다' */
export const myTermKey = (keys: readonly string[]) => keys.join(' ');
/** The word id of a term's flashcards. e.g. myTermWordId('자리 잡다') → 'm:자리 잡다' */
export const myTermWordId = (key: string) => `m:${key}`;
/** Whether a word id names one of the learner's terms. */
export const isMyTermWordId = (wordId: string) => wordId.startsWith('m:');

/** The terms still in use (not deleted), by key, in Korean order of their labels. */
export function listMyTerms(terms: Record<string, MyTerm> | undefined): [string, MyTerm][] {
  return Object.entries(terms ?? {})
    .filter(([, term]) => !term.deleted)
    .sort(([, a], [, b]) => a.label.localeCompare(b.label, 'ko'));
}

/** A term as a flashcard shows and checks it: 자리(를) 잡다 → 자리 잡다, also accepting 자리를 잡다. */
export function termCardForms(label: string): { ko: string; accepted: string[] } {
  const ko = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const full = label.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  return { ko: ko || full, accepted: full !== ko ? [full] : [] };
}

/** Saves (or replaces) a term; the newer write wins in a merge. */
export function putMyTerm<P extends { myTerms?: Record<string, MyTerm> }>(
  progress: P,
  key: string,
  term: Pick<MyTerm, 'label' | 'keys' | 'meaning' | 'example'>,
  now = new Date(),
): P {
  const before = progress.myTerms?.[key];
  const at = now.toISOString();
  const next: MyTerm = {
    label: term.label,
    keys: term.keys,
    meaning: term.meaning,
    ...(term.example ? { example: term.example } : {}),
    createdAt: before && !before.deleted ? before.createdAt : at,
    updatedAt: at,
  };
  return { ...progress, myTerms: { ...progress.myTerms, [key]: next } };
}

/** Deletes a term (a tombstone: label and keys kept, meaning dropped). */
export function deleteMyTerm<P extends { myTerms?: Record<string, MyTerm> }>(progress: P, key: string, now = new Date()): P {
  const before = progress.myTerms?.[key];
  if (!before) return progress;
  const { example: _example, ...rest } = before;
  const tombstone: MyTerm = { ...rest, meaning: '', updatedAt: now.toISOString(), deleted: true };
  return { ...progress, myTerms: { ...progress.myTerms, [key]: tombstone } };
}

/**
 * Checks a term's label as the learner typed it: not empty, at most 80 characters, no control
 * characters. e.g. checkTermLabel(' 자리(를) 잡다 ') → { label: '자리(를) 잡다' }
 */
export function checkTermLabel(text: string): { label: string } | { problem: 'label-empty' | 'label-too-long' | 'label-control' } {
  const label = text.trim().replace(/\s+/g, ' ');
  if (label === '') return { problem: 'label-empty' };
  if ([...label].length > MAX_TERM_LABEL) return { problem: 'label-too-long' };
  if (/[\u0000-\u001f\u007f-\u009f]/.test(label)) return { problem: 'label-control' };
  return { label };
}
