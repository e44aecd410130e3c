import { z } from 'zod/mini';
import table from '@/lexicon/grammar.json' with { type: 'json' };
import { ALL_TAGS, TAG, tagInfo, type Tag, type TagRole } from './tags';

// The josa (particles) and eomi (endings) table lives in lexicon/grammar.json: data, validated
// here when the module loads (so a bad entry fails the build, naming the entry), and small
// enough for the practice page, which checks typed particles against it in the browser.

const localized = z.object({ en: z.string().check(z.minLength(1)), ko: z.string().check(z.minLength(1)) });
const entrySchema = z.object({
  key: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** How the entry is written for learners: 은/는, -(으)며. */
  label: z.string().check(z.minLength(1)),
  /** A bound noun (의존 명사) is listed where the same form is also a particle: 먹는 만큼 (NNB) and 서울만큼 (JKB). */
  kind: z.enum(['josa', 'eomi', 'copula', 'suffix', 'bound-noun']),
  /** The ko-dic tags it comes with (the first is the one it carries after a lexicon word: 인피니밴드+로/JKB). */
  tags: z.array(z.enum(ALL_TAGS as [Tag, ...Tag[]])).check(z.minLength(1)),
  /** Surface forms as ko-dic gives them (compatibility jamo for bare consonants: ㄴ다). */
  forms: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  fn: localized,
  example: z.object({ ko: z.string(), en: z.string() }),
  /** Which form follows a final consonant (batchim) or which vowel, where the form alternates. */
  batchim: z.optional(localized),
  /** How irregular stems (ㄷ, ㅂ, ㅅ, 르, ㅎ, ㄹ-dropping) take it. */
  irregular: z.optional(localized),
  /** For an alternating josa the particle drill asks: the form after a consonant and after a vowel; ㄹ counts as a vowel for (으)로. */
  pair: z.optional(z.object({ consonant: z.string(), vowel: z.string(), rieulAsVowel: z.optional(z.boolean()) })),
});
export type GrammarEntry = z.infer<typeof entrySchema>;

/** Validates the table; a bad entry throws, naming lexicon/grammar.json, the entry and the reason. */
export function validateGrammar(data: unknown, file = 'lexicon/grammar.json'): GrammarEntry[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries`);
  const seen = new Set<string>();
  return data.map((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    const key = (raw as { key?: unknown })?.key;
    const name = typeof key === 'string' ? `"${key}"` : `#${index + 1}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file} (entry ${name}): ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    if (seen.has(parsed.data.key)) throw new Error(`${file} (entry ${name}): the key is used twice`);
    seen.add(parsed.data.key);
    return parsed.data;
  });
}

export const GRAMMAR: GrammarEntry[] = validateGrammar(table);

const BY_FORM = new Map<string, GrammarEntry[]>();
for (const entry of GRAMMAR) for (const form of entry.forms) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), entry]);

/** Which kind of entry explains a morpheme, by the role its tag plays (see tags.ts). */
const KIND_BY_ROLE: Partial<Record<TagRole, GrammarEntry['kind']>> = { josa: 'josa', eomi: 'eomi', copula: 'copula', affix: 'suffix' };

/**
 * The josa/eomi entry for a morpheme form and its ko-dic tag, if any; a bound noun (NNB) finds
 * only a bound-noun entry. It reads the morpheme alone: grammar-context.ts reads it in its sentence.
 * e.g. findGrammar('로', 'JKB') → (으)로; findGrammar('으며', 'EC') → -(으)며; findGrammar('만큼', 'NNB') → 만큼 (의존 명사)
 */
export function findGrammar(form: string, tag: string): GrammarEntry | undefined {
  const plus = tag.indexOf('+');
  const first = (plus < 0 ? tag : tag.slice(0, plus)) as Tag;
  const kind = first === TAG.NNB ? 'bound-noun' : KIND_BY_ROLE[tagInfo(tag).role];
  if (!kind) return undefined;
  // Every particle and ending of every text asks; the answers for a form and tag never change.
  const key = `${form}\u0000${tag}`;
  const known = FOUND.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = lookUpGrammar(form, kind, first);
  if (FOUND.size >= 20_000) FOUND.clear();
  FOUND.set(key, found ?? null);
  return found;
}
const FOUND = new Map<string, GrammarEntry | null>();

function lookUpGrammar(form: string, kind: GrammarEntry['kind'], first: Tag): GrammarEntry | undefined {
  const candidates = BY_FORM.get(form) ?? [];
  const exact =
    candidates.find((entry) => entry.kind === kind && entry.tags.includes(first)) ?? candidates.find((entry) => entry.kind === kind);
  if (exact || kind === 'josa' || kind === 'bound-noun') return exact;
  return candidates.find((entry) => entry.kind !== 'josa' && entry.kind !== 'bound-noun');
}

export const GRAMMAR_BY_KEY = new Map(GRAMMAR.map((entry) => [entry.key, entry]));
