import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import ImportForm from '@/components/import/ImportForm';
import SavedTexts from '@/components/import/SavedTexts';
import type { Locale } from '@/i18n/routing';
import NoScriptNotice from '@/components/NoScriptNotice';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Import' }))('title') };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Import' });
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <NoScriptNotice>{t('noScript')}</NoScriptNotice>
      {/* Without JavaScript the form could not analyse or keep a text: it is not offered, so nothing typed is lost. */}
      <div className="[@media(scripting:none)]:hidden">
        <NextIntlClientProvider messages={{ Import: (await getMessages({ locale })).Import }}>
          <ImportForm locale={locale} />
          <SavedTexts locale={locale} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
