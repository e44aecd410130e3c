/** A content file that cannot be used; the message names the file, the line and the entry. */
export class ContentError extends Error {
  constructor(file: string, detail: string, line?: number) {
    super(`${line ? `${file}:${line}` : file}: ${detail}`);
    this.name = 'ContentError';
  }
}
