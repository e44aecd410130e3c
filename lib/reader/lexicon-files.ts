import 'server-only';
import path from 'node:path';
import { readYamlFile } from '@/lib/files';
import { z } from 'zod';
import { ALL_TAGS, LEXICON_TAGS } from '@/lib/korean';

export const LEXICON_ROOT = path.join(process.cwd(), 'lexicon');

const knownTags = new Set<string>(ALL_TAGS);
const tag = z
  .string()
  .refine((value) => value.split('+').every((part) => knownTags.has(part)), 'not a ko-dic tag (see lib/korean/tags.ts)');

const wordsSchema = z
  .object({
    words: z.array(z.object({ ko: z.string().min(1), tag: z.enum(LEXICON_TAGS) }).strict()),
    fixed: z.array(
      z
        .object({
          eojeol: z.string().min(1),
          morphemes: z.array(z.union([z.tuple([z.string().min(1), tag]), z.tuple([z.string().min(1), tag, z.string().min(1)])])).min(1),
        })
        .strict(),
    ),
  })
  .strict();

/** Lemma → English gloss; every content lemma of every article needs one. */
const glossesSchema = z.record(z.string().min(1), z.string().trim().min(1, 'the gloss is empty'));

export type LexiconWords = z.infer<typeof wordsSchema>;
export type Glosses = z.infer<typeof glossesSchema>;

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const { rel, data } = readYamlFile(file);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${rel}: entry "${issue.path.join('.')}": ${issue.message}`);
  }
  for (const entry of (parsed.data as LexiconWords).fixed ?? []) {
    const joined = entry.morphemes.map(([surface]) => surface).join('');
    if (joined !== entry.eojeol) throw new Error(`${rel}: entry "${entry.eojeol}": its morphemes spell "${joined}"`);
  }
  return parsed.data;
}

/** Reads lexicon/words.yaml and lexicon/glosses.yaml, validated. */
export function loadLexiconFiles(root: string = LEXICON_ROOT): { words: LexiconWords; glosses: Glosses } {
  return {
    words: readYaml(path.join(/*turbopackIgnore: true*/ root, 'words.yaml'), wordsSchema),
    glosses: readYaml(path.join(/*turbopackIgnore: true*/ root, 'glosses.yaml'), glossesSchema),
  };
}
