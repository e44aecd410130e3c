/** Words of the first sentence that an untitled import takes as its title, at most. */
export const TITLE_WORDS = 5;
/** …and characters, at most (a word longer than this alone is cut, on a character). */
export const TITLE_CHARS = 30;

/**
 * A title for an import that was given none: the first words of its first sentence, never the
 * whole sentence (the reader shows that sentence right below the title), ending in "…". Null when
 * the sentence is a single word, so that the caller says "Untitled" rather than repeat it.
 * e.g. untitledTitle('마이크로소프트는 AI 데이터센터에 수십조 원을 쏟아부으며 경쟁에 나섰습니다.') → '마이크로소프트는 AI 데이터센터에 수십조 원을…'
 */
export function untitledTitle(firstSentence: string | undefined): string | null {
  const words = (firstSentence ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return openingWords(words, Math.min(TITLE_WORDS, words.length - 1), TITLE_CHARS);
}

/** The first `maxWords` words, fewer while they run past `maxChars` (one long word is cut), without trailing punctuation, and "…". */
function openingWords(words: readonly string[], maxWords: number, maxChars: number): string {
  let take = words.slice(0, maxWords);
  while (take.length > 1 && take.join(' ').length > maxChars) take = take.slice(0, -1);
  const opening = [...take.join(' ')].slice(0, maxChars).join('');
  return `${opening.replace(/[\s,.;:!?·…"'“”‘’()[\]-]+$/u, '')}…`;
}

/** Words a sentence cue shows at most, and characters. */
export const CUE_WORDS = 3;
export const CUE_CHARS = 18;

/**
 * The opening words of a sentence, to tell which sentence a line in another column belongs to
 * (a Korean-only text's translate links, side by side): the whole sentence when it is that short,
 * else its first words and "…".
 * e.g. sentenceCue('서울시가 내년부터 지하철 요금을 올린다.') → '서울시가 내년부터 지하철…'; sentenceCue('네.') → '네.'
 */
export function sentenceCue(sentence: string): string {
  const whole = sentence.trim().replace(/\s+/g, ' ');
  if ([...whole].length <= CUE_CHARS) return whole;
  return openingWords(whole.split(' '), CUE_WORDS, CUE_CHARS);
}
