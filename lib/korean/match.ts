import { TAG, classifyTag, tagInfo, type Tag } from './tags';
import { splitParticles, type CompiledLexicon, type LexiconEntry } from './lexicon';
import { newMorpheme, type Morpheme } from './types';

/** A lexicon word found in the text, with its parenthesised gloss, closing quotes and particles. */
export type LexiconMatch = { entry: LexiconEntry; start: number; end: number; morphemes: Morpheme[] };

const WORD_CHAR = /[가-힣A-Za-z0-9]/;
const GLOSS = /^\([^()가-힣\n]{1,60}\)/;
const CLOSERS = /^[’”'"」』]+/;

/**
 * Finds lexicon words left to right, longest first, starting on an eojeol or punctuation boundary.
 * A Hangul remainder must be particles, or the word is not taken: 마이크를 is not 마이크로소프트,
 * and 애저녁 is not 애저. e.g. '인피니밴드(InfiniBand)로' → 인피니밴드 + ( InfiniBand ) + 로/JKB
 */
export function findLexiconMatches(text: string, lexicon: CompiledLexicon): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
    const candidates = lexicon.byFirstChar.get(text[i]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      const match = text.startsWith(entry.surface, i) ? extend(text, i, entry) : null;
      if (match) {
        matches.push(match);
        i = match.end - 1;
        break;
      }
    }
  }
  return matches;
}

function extend(text: string, start: number, entry: LexiconEntry): LexiconMatch | null {
  let pos = start + entry.surface.length;
  if (/[A-Za-z0-9]/.test(entry.surface.at(-1)!) && /[A-Za-z0-9]/.test(text[pos] ?? '')) return null;
  const morphemes: Morpheme[] = splitWords(entry.surface, start).map(([surface, at]) =>
    newMorpheme({
      surface,
      start: at,
      end: at + surface.length,
      tag: entry.tag,
      wordClass: classifyTag(entry.tag),
      lemma: entry.lemma,
      termId: entry.termId || undefined,
    }),
  );
  const gloss = GLOSS.exec(text.slice(pos));
  if (gloss) {
    morphemes.push(symbol('(', pos, TAG.SSO));
    for (const [word, at] of splitWords(gloss[0].slice(1, -1), pos + 1)) {
      morphemes.push(
        newMorpheme({
          surface: word,
          start: at,
          end: at + word.length,
          tag: TAG.SL,
          wordClass: 'foreign',
          lemma: entry.lemma,
          termId: entry.termId || undefined,
        }),
      );
    }
    pos += gloss[0].length;
    morphemes.push(symbol(')', pos - 1, TAG.SSC));
  }
  const closers = CLOSERS.exec(text.slice(pos))?.[0] ?? '';
  const hangul = /^[가-힣]*/.exec(text.slice(pos + closers.length))![0];
  const particles = splitParticles(hangul);
  if (!particles) return null;
  for (const char of particles.length ? closers : '') morphemes.push(symbol(char, pos++, TAG.SS));
  for (const { surface, tag, parts } of particles) {
    const lemma = tagInfo(tag).role === 'copula' ? '이다' : surface;
    morphemes.push(newMorpheme({ surface, start: pos, end: pos + surface.length, tag, wordClass: classifyTag(tag), lemma, parts }));
    pos += surface.length;
  }
  return { entry, start, end: pos, morphemes };
}

function symbol(surface: string, at: number, tag: Tag): Morpheme {
  return newMorpheme({ surface, start: at, end: at + surface.length, tag, wordClass: 'symbol', lemma: surface });
}

/** Words of a phrase with their offsets: ('블랙웰 울트라', 5) → [['블랙웰', 5], ['울트라', 9]]. */
function splitWords(phrase: string, offset: number): [string, number][] {
  return [...phrase.matchAll(/\S+/g)].map((m) => [m[0], offset + m.index!]);
}
