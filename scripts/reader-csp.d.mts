/** The text of every inline script (no src) of an HTML page, as the browser hashes it. */
export function inlineScripts(html: string): string[];
/** The CSP source of a script's text: sha256-<base64>. */
export function hashOf(text: string): string;
/** A page's (weak) ETag: W/"r-<22 base64url characters of its sha256>". */
export function etagOf(html: string): string;
