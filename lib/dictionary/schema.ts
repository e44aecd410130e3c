import { z } from 'zod';

/** The classes a dictionary entry may have (a finer cut than the analyser's word classes). */
export const DICTIONARY_CLASSES = [
  'noun',
  'pronoun',
  'numeral',
  'bound-noun',
  'verb',
  'adjective',
  'adverb',
  'determiner',
  'interjection',
] as const;
export type DictionaryClass = (typeof DICTIONARY_CLASSES)[number];
export const LEVELS = ['A', 'B', 'C'] as const;

const sense = z.string().trim().min(1, 'a sense is empty').max(60, 'a sense is longer than 60 characters');

/**
 * One entry of the learner's dictionary: lemma, class, one to three English senses (commonest
 * first), hanja where it helps, and a level (A beginner, B intermediate, C advanced).
 */
export const dictionaryEntrySchema = z
  .object({
    lemma: z
      .string()
      .regex(
        /^(?:[가-힣]+|[A-Z][A-Z0-9]{1,7})$/,
        'the lemma must be one word of Hangul syllables, or an abbreviation in Latin capitals (KTX)',
      ),
    wordClass: z.enum(DICTIONARY_CLASSES, { error: `the class must be one of ${DICTIONARY_CLASSES.join(', ')}` }),
    senses: z.array(sense).min(1, 'there is no sense').max(3, 'there are more than three senses'),
    hanja: z
      .string()
      .regex(/^\p{Script=Han}+$/u, 'hanja must be CJK ideographs only (or "-" for none)')
      .nullable(),
    level: z.enum(LEVELS, { error: 'the level must be A, B or C' }),
  })
  .refine((entry) => !['verb', 'adjective'].includes(entry.wordClass) || entry.lemma.endsWith('다'), {
    message: 'a verb or adjective is written in its -다 form',
  })
  .refine((entry) => /^[가-힣]/.test(entry.lemma) || entry.wordClass === 'noun', {
    message: 'an abbreviation in Latin letters is a noun',
  });
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;
