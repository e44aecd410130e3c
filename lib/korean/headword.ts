/**
 * A word as a popover names it: its eojeol without the punctuation that belongs to the sentence,
 * a full stop or comma after it, a quotation mark or bracket opened before it and closed elsewhere.
 * Marks that the word itself opens and closes stay: (주), “반도체”가, 3.5%.
 * e.g. headwordOf('빌렸다.') → '빌렸다'; headwordOf('“AI') → 'AI'; headwordOf('지금,') → '지금'
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
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSER_OF).map(([open, close]) => [close, open]));
