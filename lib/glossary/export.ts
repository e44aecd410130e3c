import type { GlossaryEntry } from './schema';

const COLUMNS = ['id', 'korean', 'romanization', 'english', 'category', 'korean_aliases', 'english_aliases', 'definition_en', 'definition_ko', 'note_en', 'note_ko'] as const;

function row(entry: GlossaryEntry): string[] {
  return [
    entry.id, entry.headword, entry.romanization, entry.english, entry.category, entry.aliases.join('; '), entry.englishAliases.join('; '),
    entry.definition.en, entry.definition.ko, entry.note?.en ?? '', entry.note?.ko ?? '',
  ];
}

/** A spreadsheet cell can run a formula (=, +, -, @): such text is prefixed with an apostrophe. */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The glossary as RFC 4180 CSV with a header row and a BOM (so spreadsheets read UTF-8 Korean).
 * e.g. toCsv([gpu]) → '\uFEFFid,korean,…\r\ngpu,GPU,GPU,GPU,technology,…'
 */
export function toCsv(entries: GlossaryEntry[]): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [COLUMNS.join(','), ...entries.map((entry) => row(entry).map(defuse).map(quote).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The glossary as an Anki text import: tab-separated, with Anki's file headers, front = Korean
 * and romanization, back = English and definitions. Tabs and line breaks inside a field become spaces.
 */
export function toAnkiTsv(entries: GlossaryEntry[]): string {
  const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim();
  const header = ['#separator:tab', '#html:false', '#columns:Korean\tRomanization\tEnglish\tDefinition (English)\tDefinition (Korean)\tTags', '#tags column:6'];
  const lines = entries.map((e) => [e.headword, e.romanization, e.english, e.definition.en, e.definition.ko, `hanyeong ${e.category}`].map(clean).join('\t'));
  return `${[...header, ...lines].join('\n')}\n`;
}
