import { disassemble } from 'es-hangul';
import type { GlossaryEntry } from './schema';

const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s\-’'.]/g, '');

/**
 * The text a query is matched against: Korean (also as jamo, so 블랙ㅇ finds 블랙웰), romanization
 * and English, with spaces and case folded. e.g. searchKey(블랙웰 울트라) contains 'beullaegwelulteura'
 */
export function searchKey(entry: GlossaryEntry): string {
  const korean = [entry.headword, ...entry.aliases].map(squash);
  return [...korean, ...korean.map((k) => disassemble(k)), squash(entry.romanization), ...[entry.english, ...entry.englishAliases].map(squash)].join('\u0000');
}

/**
 * Whether an entry's search key matches a query: by Korean (partial, e.g. 블랙), romanization
 * (beullaegwel) or English (blackwell). An empty query matches everything.
 */
export function matchesQuery(key: string, query: string): boolean {
  const q = squash(query);
  if (!q) return true;
  return key.includes(q) || (/[ㄱ-ㅎㅏ-ㅣ가-힣]/.test(q) && key.includes(disassemble(q)));
}
