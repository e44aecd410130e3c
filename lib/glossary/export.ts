import { toAnkiTsv as ankiTsv, toCsv as csv } from '@/lib/export';
import type { GlossaryEntry } from './schema';

const COLUMNS = ['id', 'korean', 'romanization', 'english', 'category', 'korean_aliases', 'english_aliases', 'definition_en', 'definition_ko', 'note_en', 'note_ko'] as const;

function row(entry: GlossaryEntry): string[] {
  return [
    entry.id, entry.headword, entry.romanization, entry.english, entry.category, entry.aliases.join('; '), entry.englishAliases.join('; '),
    entry.definition.en, entry.definition.ko, entry.note?.en ?? '', entry.note?.ko ?? '',
  ];
}

/**
 * The glossary as CSV (see lib/export). e.g. toCsv([gpu]) → '\uFEFFid,korean,…\r\ngpu,GPU,GPU,GPU,technology,…'
 */
export function toCsv(entries: GlossaryEntry[]): string {
  return csv(COLUMNS, entries.map(row));
}

/** The glossary as an Anki text import: front = Korean and romanization, back = English and definitions. */
export function toAnkiTsv(entries: GlossaryEntry[]): string {
  const columns = ['Korean', 'Romanization', 'English', 'Definition (English)', 'Definition (Korean)', 'Tags'];
  return ankiTsv(
    columns,
    entries.map((e) => [e.headword, e.romanization, e.english, e.definition.en, e.definition.ko, `hanyeong ${e.category}`]),
  );
}
