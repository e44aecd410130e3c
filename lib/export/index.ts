// Spreadsheet and flashcard-app files, shared by the glossary and My words downloads.

/** A spreadsheet cell can run a formula (=, +, -, @): such text is prefixed with an apostrophe. */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * RFC 4180 CSV with a header row and a BOM (so spreadsheets read UTF-8 Korean); formulas defused.
 * e.g. toCsv(['korean', 'english'], [['반도체', 'semiconductor']]) → '\uFEFFkorean,english\r\n반도체,semiconductor\r\n'
 */
export function toCsv(columns: readonly string[], rows: string[][]): string {
  const lines = [columns.join(','), ...rows.map((row) => row.map(defuse).map(quote).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * An Anki text import: tab-separated with Anki's file headers; the last column holds the tags.
 * Tabs and line breaks inside a field become spaces; formulas are defused as in the CSV (Anki's
 * import is not a spreadsheet, but the same file opened in one must not run anything).
 * e.g. toAnkiTsv(['front', 'back'], [['=1+1', 'x']]) ends with "'=1+1\tx\n"
 */
export function toAnkiTsv(columns: readonly string[], rows: string[][]): string {
  const clean = (value: string) => defuse(value.replace(/[\t\r\n]+/g, ' ').trim());
  const header = ['#separator:tab', '#html:false', `#columns:${columns.join('\t')}`, `#tags column:${columns.length}`];
  return `${[...header, ...rows.map((row) => row.map(clean).join('\t'))].join('\n')}\n`;
}
