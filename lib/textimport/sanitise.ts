/** The most characters a text area may hold, in UTF-16 code units as the browser counts them. */
export const MAX_CHARS = 50_000;

/**
 * Makes pasted text safe to keep and analyse: lone surrogates become U+FFFD, control characters
 * other than tab and line breaks go, and so do the bidirectional embedding, override and isolate
 * controls (U+202A–202E, U+2066–2069, which can make text read in an order other than stored),
 * line breaks become \n, and Hangul is composed (NFC).
 * e.g. sanitiseText('a\u0000b\r\nc\uD800') → 'ab\nc\uFFFD'; sanitiseText('abc\u202Edef') → 'abcdef'
 */
export function sanitiseText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .normalize('NFC');
}

/** Whether a text has any Hangul syllable or jamo. */
export const hasHangul = (text: string) => /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(text);

/** Whether a text is empty once whitespace is set aside. */
export const isBlank = (text: string) => text.trim() === '';

/** The most characters a title may hold. */
export const MAX_TITLE = 200;

/**
 * A title as kept and shown: sanitised like a text, on one line (tabs and line breaks become
 * spaces), trimmed, at most MAX_TITLE characters.
 * e.g. sanitiseTitle(' a\u202E\u0000b\n c ') → 'ab c'
 */
export const sanitiseTitle = (title: string) => sanitiseText(title).replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
