import { z } from 'zod/mini';
import { isoDateTime, parseVersioned, STORE_KEYS, StoreError } from '@/lib/storage';

// The import page's draft, kept as it is typed so that a reload, a crash or a closed tab loses
// nothing: a versioned store like the others, validated on read.

export const DRAFT_KEY = STORE_KEYS.draft;
const draftSchema = z.object({ version: z.literal(1), title: z.string(), ko: z.string(), en: z.string(), savedAt: isoDateTime });
export type Draft = z.infer<typeof draftSchema>;

export const emptyDraft = (): Draft => ({ version: 1, title: '', ko: '', en: '', savedAt: new Date(0).toISOString() });

/** Whether a draft holds anything worth keeping. */
export const isEmptyDraft = (draft: Pick<Draft, 'title' | 'ko' | 'en'>) => !draft.title && !draft.ko && !draft.en;

/** Parses a stored draft; throws StoreError for anything it cannot use. */
export function parseDraft(raw: string): Draft {
  const { data } = parseVersioned(raw, 1);
  const parsed = draftSchema.safeParse(data);
  if (!parsed.success) throw new StoreError('invalid', `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
