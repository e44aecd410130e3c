/** Paragraphs: separated by one or more blank lines; inner line breaks join with a space. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const OPENERS = '‘“\'"(\\[「『《〈';
const CLOSERS = '’”\'")\\]」』》〉';

/**
 * Korean sentences: a break after . ! ? … (and 。！？) followed by space, unless the stop is
 * inside a number (4,600.5) or inside quotes or brackets (‘AI 팩토리.’ stays with its sentence).
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
