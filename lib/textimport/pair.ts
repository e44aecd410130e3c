import { splitEnglishSentences, splitKoreanSentences, splitParagraphs } from './split';

export type PairedSentence = { id: string; ko: string; en: string | null };
export type PairedParagraph = { id: string; sentences: PairedSentence[]; mode: 'sentence' | 'paragraph' | 'korean-only' };
export type Pairing = { paragraphs: PairedParagraph[]; notice: 'paragraph-counts-differ' | 'sentence-counts-differ' | null };

/**
 * Pairs Korean with English: paragraph to paragraph, then sentence to sentence where both have
 * the same number of sentences; otherwise the paragraph is paired whole, and a notice says so.
 * Without English, every paragraph is Korean only.
 */
export function pairTexts(korean: string, english: string): Pairing {
  const koParas = splitParagraphs(korean);
  const enParas = splitParagraphs(english);
  let notice: Pairing['notice'] = enParas.length && enParas.length !== koParas.length ? 'paragraph-counts-differ' : null;
  const paragraphs = koParas.map((ko, p): PairedParagraph => {
    const id = `p${String(p + 1).padStart(2, '0')}`;
    const koSentences = splitKoreanSentences(ko);
    const en = enParas.length === 0 ? null : enParas.length === koParas.length ? enParas[p]! : p === 0 ? enParas.join(' ') : null;
    if (en === null)
      return {
        id,
        mode: enParas.length ? 'paragraph' : 'korean-only',
        sentences: koSentences.map((s, i) => ({ id: `${id}-${i + 1}`, ko: s, en: null })),
      };
    const enSentences = splitEnglishSentences(en);
    if (enSentences.length === koSentences.length && notice === null) {
      return { id, mode: 'sentence', sentences: koSentences.map((s, i) => ({ id: `${id}-${i + 1}`, ko: s, en: enSentences[i]! })) };
    }
    notice ??= 'sentence-counts-differ';
    return { id, mode: 'paragraph', sentences: [{ id: `${id}-1`, ko: koSentences.join(' '), en }] };
  });
  return { paragraphs, notice };
}
