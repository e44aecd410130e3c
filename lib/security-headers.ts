/** Headers for every response: no MIME sniffing, a strict referrer, no powerful features, no framing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** The policy for data responses (JSON, CSV): nothing may run or embed them. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The page policy: scripts only from this app, carrying this response's nonce ('strict-dynamic'
 * lets those load Next's chunks); styles inline for React's style attributes; nothing embedded.
 * e.g. pageCsp('abc', false) → "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; …"
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`);
}

/**
 * The policy of a page the build rendered once (the static reader): its inline scripts by their
 * hashes, Next's chunks from this app ('self'; parser-inserted, so no 'strict-dynamic'), nothing inline else.
 * e.g. hashCsp(['sha256-abc=']) → "default-src 'self'; script-src 'self' 'sha256-abc='; …"
 */
export function hashCsp(hashes: readonly string[]): string {
  return policy(`script-src 'self' ${hashes.map((hash) => `'${hash}'`).join(' ')}`);
}

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Audio the learner attached is played from the browser's own storage, as a blob: URL.
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
