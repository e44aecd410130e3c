import { TAG, classifyTag, isNominalTag, tagForPunctuation } from './tags';
import { endsInConsonant, type CompiledLexicon } from './lexicon';
import { tokenizeKorean } from './lindera';
import type { Morpheme } from './types';

const LEADING = /^[‘“'"(\[「『]+/;
const TRAILING = /[.,!?;:…’”'")\]」』]+$/;
const COPULA = /^(.+)이(고|며|니|지만|어서)$/;

/**
 * Eojeols that ko-dic (as embedded in lindera) gets wrong, analysed another way, or null.
 * Measured here: a lone 이 is never recognised, so 조명이 becomes 조/명이, 이는 is unknown and
 * 미래적이고 becomes 며칠+이+고. Handled: hand-written analyses from the lexicon (이는 → 이/NP 는/JX),
 * the subject particle 이 after a final consonant (조명 + 이/JKS), and the copula 이 + ending
 * (미래적 + 이/VCP + 고/EC). The stem must analyse as a noun, so 없이 and 같이 stay adverbs.
 */
export function repairEojeol(piece: string, offset: number, lexicon: CompiledLexicon): Morpheme[] | null {
  const lead = LEADING.exec(piece)?.[0] ?? '';
  const trail = TRAILING.exec(piece.slice(lead.length))?.[0] ?? '';
  const core = piece.slice(lead.length, piece.length - trail.length);
  const at = offset + lead.length;
  const middle = fixed(core, at, lexicon) ?? particleAfterNoun(core, at);
  if (!middle) return null;
  const symbols = (text: string, from: number) => [...text].map((char, k) => symbol(char, from + k));
  return [...symbols(lead, offset), ...middle, ...symbols(trail, at + core.length)];
}

function fixed(core: string, at: number, lexicon: CompiledLexicon): Morpheme[] | null {
  const entry = lexicon.fixed.get(core);
  if (!entry) return null;
  let pos = at;
  return entry.morphemes.map(({ surface, tag, lemma }) => {
    const morpheme: Morpheme = {
      surface,
      start: pos,
      end: pos + surface.length,
      tag,
      wordClass: classifyTag(tag),
      lemma: lemma ?? surface,
      eojeol: -1,
    };
    pos += surface.length;
    return morpheme;
  });
}

function particleAfterNoun(core: string, at: number): Morpheme[] | null {
  if (!/^[가-힣]+$/.test(core) || core.length < 2) return null;
  const copula = COPULA.exec(core);
  const stem = copula ? copula[1]! : core.endsWith('이') ? core.slice(0, -1) : null;
  if (!stem || !endsInConsonant(stem)) return null;
  const stemMorphemes = tokenizeKorean(stem, at);
  if (!isNominalTag(stemMorphemes.at(-1)?.tag ?? '')) return null;
  const end = at + stem.length;
  if (!copula)
    return [
      ...stemMorphemes,
      { surface: '이', start: end, end: end + 1, tag: TAG.JKS, wordClass: classifyTag(TAG.JKS), lemma: '이', eojeol: -1 },
    ];
  const ending = copula[2]!;
  return [
    ...stemMorphemes,
    { surface: '이', start: end, end: end + 1, tag: TAG.VCP, wordClass: classifyTag(TAG.VCP), lemma: '이다', eojeol: -1 },
    {
      surface: ending,
      start: end + 1,
      end: end + 1 + ending.length,
      tag: TAG.EC,
      wordClass: classifyTag(TAG.EC),
      lemma: ending,
      eojeol: -1,
    },
  ];
}

function symbol(char: string, at: number): Morpheme {
  const tag = tagForPunctuation(char);
  return { surface: char, start: at, end: at + 1, tag, wordClass: 'symbol', lemma: char, eojeol: -1 };
}
