import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import ImportedReader from '@/components/import/ImportedReader';
import { getReaderLabels } from '@/components/reader/reader-labels';
import type { Locale } from '@/i18n/routing';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Import' }))('saved') };
}

/** A saved text, read from this browser's storage: the same reader, with no new analysis. */
export default async function ImportedTextPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const messages = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <NextIntlClientProvider
        messages={{
          Import: messages.Import,
          Pages: messages.Pages,
          WordPopover: messages.WordPopover,
          Shortcuts: messages.Shortcuts,
          MarkKnown: messages.MarkKnown,
          ReadingStats: messages.ReadingStats,
          SentenceLookup: messages.SentenceLookup,
          Audio: messages.Audio,
          MyTerms: messages.MyTerms,
        }}
      >
        <ImportedReader id={id} locale={locale} labels={await getReaderLabels(locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
