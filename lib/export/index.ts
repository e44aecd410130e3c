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

/** A cell that is already HTML (built by the caller from escaped text), passed through as it is. */
export type HtmlCell = { html: string };
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text for an HTML field: escaped, so user text is never read as markup. e.g. htmlText('a<b') → 'a&lt;b' */
export const htmlText = escapeHtml;

/**
 * An Anki text import: tab-separated with Anki's file headers; the last column holds the tags.
 * Tabs and line breaks inside a field become spaces; formulas are defused as in the CSV (Anki's
 * import is not a spreadsheet, but the same file opened in one must not run anything).
 * With `html`, text cells are escaped and HtmlCell cells kept (for <br> between lines of a field);
 * `notetype` names the note type Anki should use (its first fields take the first columns).
 * e.g. toAnkiTsv(['front', 'back'], [['=1+1', 'x']]) ends with "'=1+1\tx\n"
 */
export function toAnkiTsv(
  columns: readonly string[],
  rows: (string | HtmlCell)[][],
  options: { html?: boolean; notetype?: string } = {},
): string {
  const clean = (value: string | HtmlCell) => {
    const text = typeof value === 'string' ? (options.html ? escapeHtml(value) : value) : value.html;
    return defuse(text.replace(/[\t\r\n]+/g, ' ').trim());
  };
  const header = [
    '#separator:tab',
    `#html:${options.html ? 'true' : 'false'}`,
    ...(options.notetype ? [`#notetype:${options.notetype}`] : []),
    `#columns:${columns.join('\t')}`,
    `#tags column:${columns.length}`,
  ];
  return `${[...header, ...rows.map((row) => row.map(clean).join('\t'))].join('\n')}\n`;
}
