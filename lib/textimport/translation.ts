import { z } from 'zod/mini';
import { isoDateTime } from '@/lib/storage';

// The learner's own translation of a sentence of a text without English, kept with the saved text.

/** The longest translation of one sentence a learner may keep. */
export const MAX_TRANSLATION = 1000;

/** Own translations of a saved text's sentences, by sentence id. */
export const translationsSchema = z.record(
  z.string().check(
    z.minLength(1),
    z.maxLength(100),
    z.refine((id) => !(id in Object.prototype), 'a reserved name'),
  ),
  z.object({ text: z.string().check(z.minLength(1), z.maxLength(MAX_TRANSLATION)), updatedAt: isoDateTime }),
);
export type Translations = z.infer<typeof translationsSchema>;

/** Why a translation is refused: over MAX_TRANSLATION characters, HTML markup, or control characters. */
export type TranslationProblem = 'too-long' | 'html' | 'control';

/**
 * Checks a translation the learner typed or pasted: trimmed, plain text only (it is shown as text,
 * and markup is refused rather than silently kept); empty means "remove it".
 * e.g. checkTranslation('  Spring has come. ') → { text: 'Spring has come.' }; checkTranslation('<b>x</b>') → { problem: 'html' }
 */
export function checkTranslation(input: string): { text: string } | { problem: TranslationProblem } {
  const text = input.replace(/\r\n?/g, '\n').trim();
  if ([...text].length > MAX_TRANSLATION) return { problem: 'too-long' };
  if (/<\/?[a-z!?][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text)) return { problem: 'html' };
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text)) return { problem: 'control' };
  return { text };
}

/**
 * Sets (or with null removes) one sentence's translation. e.g. withTranslation(undefined, 'p01-1', 'Spring.', now) → { 'p01-1': { text: 'Spring.', updatedAt } }
 */
export function withTranslation(
  translations: Translations | undefined,
  sentenceId: string,
  text: string | null,
  now = new Date(),
): Translations {
  const next = new Map(Object.entries(translations ?? {}));
  if (text === null || text === '') next.delete(sentenceId);
  else next.set(sentenceId, { text, updatedAt: now.toISOString() });
  return Object.fromEntries(next);
}
