/**
 * A word as a popover names it: its eojeol without the punctuation that belongs to the sentence,
 * a full stop or comma after it, a quotation mark or bracket opened before it and closed elsewhere,
 * quotation marks around the whole word. Marks that the word itself opens and closes stay: (주),
 * “반도체”가, 3.5%.
 * e.g. headwordOf('빌렸다.') → '빌렸다'; headwordOf('“AI') → 'AI'; headwordOf('‘새로운’') → '새로운'
 */
export function headwordOf(surface: string): string {
  let word = surface.trim();
  for (;;) {
    const before = word;
    word = word.replace(/[,.;:!?·…]+$/u, '');
    const last = word.at(-1);
    if (last && last in OPENER_OF && !word.slice(0, -1).includes(OPENER_OF[last]!)) word = word.slice(0, -1);
    const first = word[0];
    if (first && first in CLOSER_OF && !word.slice(1).includes(CLOSER_OF[first]!)) word = word.slice(1);
    // A word quoted whole: the quotation marks are the sentence's (‘새로운’ → 새로운); brackets stay, as in (주).
    else if (word.length > 2 && first && QUOTES.has(first) && word.at(-1) === CLOSER_OF[first] && !word.slice(1, -1).includes(first))
      word = word.slice(1, -1);
    if (word === before) break;
  }
  return word || surface.trim();
}

const CLOSER_OF: Record<string, string> = {
  '(': ')',
  '[': ']',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '"': '"',
  "'": "'",
};
const QUOTES = new Set(['“', '‘', '「', '『', '《', '〈', '"', "'"]);
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSER_OF).map(([open, close]) => [close, open]));
