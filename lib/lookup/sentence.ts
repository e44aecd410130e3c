import { z } from 'zod/mini';
import { parseVersioned, STORE_KEYS, StoreError } from '@/lib/storage';
import { isUsableTemplate, lookupUrl, MAX_NAME, validateTemplate, type TemplateError } from './templates';

// Sentence look-ups (issue 14): for a text without English, each sentence links to a translator,
// by a URL template in which {sentence} stands for the sentence. One translator, kept in this browser.

export const SENTENCE = '{sentence}';
export const SENTENCE_LOOKUP_KEY = STORE_KEYS.sentenceLookup;

export type Translator = { name: string; template: string };

/** Papago (Naver's translator, strong on Korean), Korean to English. */
export const DEFAULT_TRANSLATOR: Translator = { name: 'Papago', template: `https://papago.naver.com/?sk=ko&tk=en&st=${SENTENCE}` };
/** Offered as a one-click alternative on the settings page. */
export const GOOGLE_TRANSLATOR: Translator = {
  name: 'Google Translate',
  template: `https://translate.google.com/?sl=ko&tl=en&text=${SENTENCE}&op=translate`,
};

const storeSchema = z.object({
  version: z.literal(1),
  translator: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
    template: z
      .string()
      .check(z.refine((t) => isUsableTemplate(t, SENTENCE), 'not an http(s) URL template with {sentence} after the host')),
  }),
});
export type SentenceLookupStore = z.infer<typeof storeSchema>;

export const emptySentenceLookupStore = (): SentenceLookupStore => ({ version: 1, translator: { ...DEFAULT_TRANSLATOR } });

/** Parses and validates the stored translator; throws StoreError for anything it cannot use. */
export function parseSentenceLookupStore(raw: string): SentenceLookupStore {
  const { data } = parseVersioned(raw, 1);
  const parsed = storeSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoreError('invalid', `${issue?.path.join('.')}: ${issue?.message}`);
}

/** The translator as this tab last set it wins (there is one). */
export const mergeSentenceLookupStores = (_stored: SentenceLookupStore, mine: SentenceLookupStore) => mine;

/**
 * Why a translator cannot be used, or null: as for a dictionary, with {sentence} for the text.
 * e.g. validateTranslator('Papago', 'https://papago.naver.com/?st={lemma}') → 'no-lemma'
 */
export const validateTranslator = (name: string, template: string): TemplateError | null => validateTemplate(name, template, [], SENTENCE);

/**
 * The address of a sentence at the translator, the sentence percent-encoded.
 * e.g. sentenceUrl('https://papago.naver.com/?sk=ko&tk=en&st={sentence}', '봄이 왔다.') → '…st=%EB%B4%84%EC%9D%B4%20%EC%99%94%EB%8B%A4.'
 */
export const sentenceUrl = (template: string, sentence: string) => lookupUrl(template, sentence.replace(/\s+/g, ' '), SENTENCE);
