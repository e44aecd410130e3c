import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import LookupSettings from '@/components/lookup/LookupSettings';
import SentenceLookupSettings from '@/components/lookup/SentenceLookupSettings';
import type { Locale } from '@/i18n/routing';
import NoScriptNotice from '@/components/NoScriptNotice';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Lookup' }))('settingsTitle') };
}

/** Settings kept in this browser; for now, the dictionaries that word popovers link to. */
export default async function SettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Lookup' });
  const messages = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('settingsTitle')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('settingsIntro')}</p>
      <NoScriptNotice>{t('noScript')}</NoScriptNotice>
      <NextIntlClientProvider messages={{ Lookup: messages.Lookup, SentenceLookup: messages.SentenceLookup }}>
        <LookupSettings />
        <SentenceLookupSettings />
      </NextIntlClientProvider>
    </div>
  );
}
