/** Paragraphs: separated by one or more blank lines; inner line breaks join with a space. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const OPENERS = '‘“\'"(\\[「『《〈';
const CLOSERS = '’”\'")\\]」』》〉';

/** Sentence-final endings that close a sentence even when no full stop follows (formal and polite styles). */
const FINAL_ENDING = /(?:니다|니까|세요|[아어여해에예]요|는데요|군요|네요|죠)$/;

/**
 * Korean sentences: a break after . ! ? … (and 。！？) followed by space, or after a sentence-final
 * ending with no stop (…있습니다 다음…), unless inside a number (4,600.5) or inside quotes or
 * brackets (‘AI 팩토리.’ stays with its sentence).
 * e.g. splitKoreanSentences('좋아요. 4.5배예요! ‘정말?’이라고 했어요.') → ['좋아요.', '4.5배예요!', '‘정말?’이라고 했어요.']
 */
export function splitKoreanSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (OPENERS.includes(char) && !(CLOSERS.includes(char) && depth > 0)) depth++;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /\s/.test(char) && FINAL_ENDING.test(paragraph.slice(start, i))) {
      sentences.push(paragraph.slice(start, i).trim());
      start = i;
      continue;
    }
    if (depth > 0 || !/[.!?…。！？]/.test(char)) continue;
    let end = i + 1;
    while (end < paragraph.length && /[.!?…。！？’”"')\]」』]/.test(paragraph[end]!)) end++;
    if (end < paragraph.length && !/\s/.test(paragraph[end]!)) continue; // 4.5, 3.14, example.com
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => s !== '');
}

/**
 * English sentences, by the platform's Unicode sentence segmenter (Intl.Segmenter).
 * e.g. splitEnglishSentences('Hello there. It is 4.5 times bigger!') → ['Hello there.', 'It is 4.5 times bigger!']
 */
export function splitEnglishSentences(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s !== '');
}
