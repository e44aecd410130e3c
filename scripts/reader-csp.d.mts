/** The text of every inline script (no src) of an HTML page, as the browser hashes it. */
export function inlineScripts(html: string): string[];
/** The CSP source of a script's text: sha256-<base64>. */
export function hashOf(text: string): string;
