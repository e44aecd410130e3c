import { defineRouting } from 'next-intl/routing';

// `/` goes to the browser's language when the app has it (Accept-Language, then the NEXT_LOCALE
// cookie); any other language falls back to the default, English: a French reader gets /en, not /ko.
export const routing = defineRouting({
  locales: ['ko', 'en'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
