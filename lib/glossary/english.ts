import type { GlossaryEntry } from './schema';

/** A run of English text, linked to a glossary entry or not. */
export type EnglishSegment = { text: string; termId?: string };

type Phrase = { pattern: RegExp; termId: string; length: number };

/**
 * Compiles English terms and aliases into word-bounded, case-insensitive patterns that also take
 * plurals (servers, factories). Longer phrases win: "AI factory" before "AI".
 */
export function compileEnglishTerms(entries: GlossaryEntry[]): Phrase[] {
  return entries
    .flatMap((entry) => [entry.english, ...entry.englishAliases].map((phrase) => ({ phrase, termId: entry.id })))
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map(({ phrase, termId }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${toPattern(phrase)}(?![\\p{L}\\p{N}])`, 'giu'), termId, length: phrase.length }));
}

function toPattern(phrase: string): string {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  if (/[^aeiou]y$/i.test(phrase)) return `(?:${escaped}|${escaped.slice(0, -1)}ies)`;
  if (/(s|x|z|ch|sh)$/i.test(phrase)) return `${escaped}(?:es)?`;
  return /[a-z]$/i.test(phrase) ? `${escaped}s?` : escaped;
}

/**
 * Splits English text into plain and linked runs, leftmost-longest, never overlapping.
 * e.g. linkEnglish('linked by InfiniBand', terms) → [{text: 'linked by '}, {text: 'InfiniBand', termId: 'infiniband'}]
 */
export function linkEnglish(text: string, phrases: Phrase[]): EnglishSegment[] {
  const spans: { start: number; end: number; termId: string }[] = [];
  for (const { pattern, termId } of phrases) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (!spans.some((span) => start < span.end && end > span.start)) spans.push({ start, end, termId });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: EnglishSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), termId: span.termId });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
