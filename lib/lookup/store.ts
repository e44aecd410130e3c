import { z } from 'zod/mini';
import { parseVersioned, STORE_KEYS, StoreError } from '@/lib/storage';
import { DEFAULT_DICTIONARIES, isUsableTemplate, MAX_NAME, type Dictionary } from './templates';

// The look-up dictionaries: a versioned store, validated with zod on every read. A template that
// is not a safe http(s) address makes the stored data unusable (kept aside, never linked to).

export const LOOKUPS_KEY = STORE_KEYS.lookups;

const dictionarySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  template: z.string().check(z.refine(isUsableTemplate, 'not an http(s) URL template with {lemma} after the host')),
});
const storeSchema = z.object({ version: z.literal(1), dictionaries: z.array(dictionarySchema) });

export type LookupStore = z.infer<typeof storeSchema>;

/** A store holding the three default dictionaries: what a browser has before it changes anything. */
export const emptyLookupStore = (): LookupStore => ({ version: 1, dictionaries: DEFAULT_DICTIONARIES.map((d) => ({ ...d })) });

/** Parses and validates the stored dictionaries; throws StoreError for anything it cannot use. */
export function parseLookupStore(raw: string): LookupStore {
  const { data } = parseVersioned(raw, 1);
  const parsed = storeSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoreError('invalid', `${issue?.path.join('.')}: ${issue?.message}`);
}

/**
 * The list as this tab last saw it wins: each change is made on the freshly synced list (storage
 * events keep tabs in step), and merging two lists would bring back a dictionary just removed.
 */
export const mergeLookupStores = (_stored: LookupStore, mine: LookupStore): LookupStore => mine;

/** Adds a dictionary at the end (name and template trimmed); validate it first with validateTemplate. */
export function addDictionary(store: LookupStore, dictionary: Dictionary): LookupStore {
  const added = { id: dictionary.id, name: dictionary.name.trim(), template: dictionary.template.trim() };
  return { ...store, dictionaries: [...store.dictionaries.filter((d) => d.id !== added.id), added] };
}

/** Removes a dictionary by id. */
export function removeDictionary(store: LookupStore, id: string): LookupStore {
  return { ...store, dictionaries: store.dictionaries.filter((d) => d.id !== id) };
}

/** Puts a removed dictionary back where it was (undo). */
export function restoreDictionary(store: LookupStore, dictionary: Dictionary, index: number): LookupStore {
  const rest = store.dictionaries.filter((d) => d.id !== dictionary.id);
  return { ...store, dictionaries: [...rest.slice(0, index), dictionary, ...rest.slice(index)] };
}

/** The defaults first, in their order, then the person's own dictionaries; nothing of theirs is lost. */
export function restoreDefaults(store: LookupStore): LookupStore {
  const ids = new Set(DEFAULT_DICTIONARIES.map((d) => d.id));
  const own = store.dictionaries.filter((d) => !ids.has(d.id));
  return { ...store, dictionaries: [...DEFAULT_DICTIONARIES.map((d) => ({ ...d })), ...own] };
}
