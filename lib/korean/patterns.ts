import 'server-only';
import path from 'node:path';
import { readYamlFile, validatedOnce } from '@/lib/files';
import { z } from 'zod';
import { ALL_TAGS, isPredicateTag } from './tags';
import type { Morpheme } from './types';

const knownTags = new Set<string>(ALL_TAGS);
/** 'ㄹ|을' → ['ㄹ', '을']: the YAML writes alternatives the way ko-dic's quirks need them. */
const split = (value: string) => value.split('|').map((alt) => alt.trim());
const alternatives = z.string().trim().min(1, 'is empty').transform(split);
const tags = alternatives.superRefine((alts, ctx) => {
  const unknown = alts.find((tag) => !knownTags.has(tag));
  if (unknown !== undefined) ctx.addIssue({ code: 'custom', message: `has an unknown ko-dic tag "${unknown}" (see lib/korean/tags.ts)` });
});
const element = { form: alternatives.optional(), lemma: alternatives.optional(), tag: tags, except: alternatives.optional() };
const elementSchema = z
  .object({ ...element, '?': z.boolean().optional() })
  .strict()
  .transform(({ '?': optional, ...rest }) => ({ ...rest, optional: optional ?? false }));

const text = z.string().trim().min(1, 'is empty');
/** One entry of lexicon/patterns.yaml, e.g. { key: go-itda, …, match: [{ form: 고, tag: EC }, { lemma: 있다, tag: VA|VV|VX }] } */
export const patternSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is lowercase romanized words joined by hyphens, e.g. go-itda'),
    label: text,
    fn: z.object({ en: text, ko: text }).strict(),
    example: z.object({ ko: text, en: text }).strict(),
    match: z.array(elementSchema).min(1, 'is empty: a pattern needs at least one morpheme'),
  })
  .strict()
  // The index files a pattern under its first element, so that one has to be there every time.
  .refine((pattern) => !pattern.match[0]?.optional, {
    message: 'is optional, but a pattern must start with an element that is always there',
    path: ['match', 0],
  });

/** One grammar pattern: its key, label, explanation, example and the morphemes it is made of. */
export type GrammarPattern = z.infer<typeof patternSchema>;
type Element = GrammarPattern['match'][number];

const cache = new Map<string, GrammarPattern[]>();

/**
 * Reads and validates a patterns file, once per process; a bad entry throws an Error naming the
 * file, the entry's key (or its index) and the reason. e.g. loadPatterns()[0].key → 'eul-su-itda'
 */
export function loadPatterns(file: string = path.join(process.cwd(), 'lexicon', 'patterns.yaml')): GrammarPattern[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const patterns = validatedOnce('patterns', [file], () => {
    const { rel, data } = readYamlFile(file);
    if (!Array.isArray(data)) throw new Error(`${rel}: expected a list of patterns`);
    const seen = new Set<string>();
    return data.map((entry: unknown, index) => {
      const rawKey = (entry as { key?: unknown } | null)?.key;
      const name = typeof rawKey === 'string' && rawKey ? `entry "${rawKey}"` : `entry #${index + 1}`;
      const parsed = patternSchema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const detail = issue.code === 'invalid_type' && issue.message.includes('undefined') ? 'is missing' : issue.message;
        throw new Error(`${rel} (${name}): ${issue.path.join('.') || 'entry'} ${detail}`);
      }
      if (seen.has(parsed.data.key)) throw new Error(`${rel} (${name}): duplicate key`);
      seen.add(parsed.data.key);
      return parsed.data;
    });
  });
  cache.set(file, patterns);
  return patterns;
}

/** Where a pattern was found: indexes into the morphemes given, and the text they cover. */
export type PatternMatch = { key: string; morphemes: number[]; start: number; end: number };

/** A part of an inflected token (할 → 하/VV, ㄹ/ETM) or a whole morpheme, with the morpheme's index. */
type Unit = { form: string; lemma: string; tag: string; index: number };

// ko-dic hides a pattern's pieces inside inflected tokens (할 = 하 + ㄹ), so matching runs on parts.
function expand(morphemes: Morpheme[]): Unit[] {
  return morphemes.flatMap((morpheme, index) =>
    morpheme.parts
      ? morpheme.parts
          // ko-dic may repeat the previous token's ending: 올 것이 → 오+ㄹ, ㄹ+것+이. A token cannot begin with a bare jamo.
          .filter(({ form }, k) => k > 0 || !/^[ㄱ-ㅎ]/.test(form) || morpheme.surface.startsWith(form))
          .map(({ form, tag }) => ({ form, tag, lemma: isPredicateTag(tag) ? `${form}다` : form, index }))
      : [{ form: morpheme.surface, lemma: morpheme.lemma, tag: morpheme.tag.split('+')[0]!, index }],
  );
}

// '~지' stands for any form ending in 지: ko-dic reads 가지, 보지 (가다, 보다 + -지) as nouns.
const isForm = (alts: string[], form: string) => alts.some((alt) => alt === form || (alt[0] === '~' && form.endsWith(alt.slice(1))));
const accepts = (element: Element, unit: Unit) =>
  element.tag.includes(unit.tag) &&
  (!element.form || isForm(element.form, unit.form)) &&
  (!element.lemma || element.lemma.includes(unit.lemma)) &&
  !(element.except && (element.except.includes(unit.lemma) || element.except.includes(unit.form)));

/** The unit index just past a match of `match[k…]` from unit `u`, or -1; optional elements are tried first. */
function matchFrom(match: Element[], k: number, units: Unit[], u: number): number {
  if (k === match.length) return u;
  const element = match[k]!;
  const unit = units[u];
  const taken = unit && accepts(element, unit) ? matchFrom(match, k + 1, units, u + 1) : -1;
  return taken < 0 && element.optional ? matchFrom(match, k + 1, units, u) : taken;
}

// Each unit looks up only the patterns it could anchor: a pattern is filed under its first exact
// form or lemma (ge-hada's 게, after a stem known only by its tag), else its first form's last
// syllable (~지), else its first tag. `anchor` is how many elements precede the anchor.
type Filed = { pattern: GrammarPattern; anchor: number };
type Index = Record<'form' | 'lemma' | 'last' | 'tag', Map<string, Filed[]>>;
const hasSuffix = (forms?: string[]) => !!forms?.some((f) => f[0] === '~');
const isExact = (e: Element) => !!((e.form && !hasSuffix(e.form)) || e.lemma);
function shelfOf(index: Index, { form, lemma, tag }: Element): [Map<string, Filed[]>, string[]] {
  if (form && !hasSuffix(form)) return [index.form, form];
  if (lemma) return [index.lemma, lemma];
  return form ? [index.last, form.map((f) => f.at(-1)!)] : [index.tag, tag];
}
const indexes = new WeakMap<GrammarPattern[], Index>();
function indexOf(patterns: GrammarPattern[]): Index {
  let index = indexes.get(patterns);
  if (index) return index;
  index = { form: new Map(), lemma: new Map(), last: new Map(), tag: new Map() };
  for (const pattern of patterns) {
    // The anchor must be there whenever the pattern is, so it is looked for before any optional element.
    const leading = pattern.match.findIndex((e) => e.optional);
    const anchor = Math.max(0, pattern.match.slice(0, leading < 0 ? undefined : leading).findIndex(isExact));
    const [shelf, keys] = shelfOf(index, pattern.match[anchor]!);
    for (const key of new Set(keys)) shelf.set(key, [...(shelf.get(key) ?? []), { pattern, anchor }]);
  }
  indexes.set(patterns, index);
  return index;
}

/**
 * The patterns a sentence's morphemes take part in, left to right, non-overlapping per pattern.
 * A match lying wholly inside a longer one (-(으)ㄹ 것 inside -(으)ㄹ 것 같다) is left out: it is
 * not what the longer pattern means. e.g. '읽을 수 있어요' → [{ key: 'eul-su-itda', morphemes: [1, 2, 3], … }]
 */
export function findPatterns(morphemes: Morpheme[], patterns: GrammarPattern[]): PatternMatch[] {
  const units = expand(morphemes);
  const index = indexOf(patterns);
  const nextFree = new Map<string, number>();
  const found: (PatternMatch & { from: number; to: number })[] = [];
  const tryAt = (u: number, filed: Filed[] | undefined) => {
    for (const { pattern, anchor } of filed ?? []) {
      const from = u - anchor;
      if (from < 0 || (nextFree.get(pattern.key) ?? 0) > from) continue;
      const to = matchFrom(pattern.match, 0, units, from);
      if (to < 0) continue;
      nextFree.set(pattern.key, to);
      const covered = [...new Set(units.slice(from, to).map((part) => part.index))];
      const [first, last] = [morphemes[covered[0]!]!, morphemes[covered.at(-1)!]!];
      found.push({ key: pattern.key, morphemes: covered, start: first.start, end: last.end, from, to });
    }
  };
  // A pattern is filed under one key, so the four lookups never repeat one.
  for (let u = 0; u < units.length; u++) {
    const { form, lemma, tag } = units[u]!;
    tryAt(u, index.form.get(form));
    tryAt(u, index.lemma.get(lemma));
    if (index.last.size) tryAt(u, index.last.get(form.at(-1)!));
    tryAt(u, index.tag.get(tag));
  }
  // Sorted by start, longer first: a match is inside a longer one iff an earlier span reaches as far.
  found.sort((a, b) => a.from - b.from || b.to - a.to || a.key.localeCompare(b.key));
  let reach = -1;
  return found
    .filter((match, i) => {
      const previous = found[i - 1];
      if (previous && (previous.from !== match.from || previous.to !== match.to)) reach = Math.max(reach, previous.to);
      return reach < match.to;
    })
    .map(({ key, morphemes: covered, start, end }) => ({ key, morphemes: covered, start, end }));
}
