import { z } from 'zod';

export const CATEGORIES = ['company', 'person', 'product', 'technology', 'concept', 'event'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.object({ en: text, ko: text }).strict();
export const termIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and hyphens');

/** One glossary file, `glossary/<id>.yaml`. */
export const entrySchema = z
  .object({
    id: termIdSchema,
    headword: text,
    aliases: z.array(text).default([]),
    english: text,
    englishAliases: z.array(text).default([]),
    romanization: text,
    category: z.enum(CATEGORIES),
    definition: bilingual,
    note: bilingual.optional(),
    related: z.array(termIdSchema).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof entrySchema>;
export type Category = (typeof CATEGORIES)[number];
export type Glossary = { entries: GlossaryEntry[]; byId: Map<string, GlossaryEntry>; warnings: string[] };
