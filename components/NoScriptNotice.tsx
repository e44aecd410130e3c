import type { ReactNode } from 'react';

/**
 * A notice shown only when the browser runs no scripts (`@media (scripting: none)`), for a page whose
 * use needs them. A media query rather than <noscript>, whose content a browser with scripts turned
 * off by a setting or a tool may still parse as text.
 */
export default function NoScriptNotice({ children }: { children: ReactNode }) {
  return (
    <p className="mt-6 hidden rounded-lg border border-amber-500 bg-amber-50 p-4 text-stone-900 [@media(scripting:none)]:block">
      {children}
    </p>
  );
}
