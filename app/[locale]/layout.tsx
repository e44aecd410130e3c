import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import RecoveryBanner from '@/components/RecoveryBanner';
import SiteHeader from '@/components/SiteHeader';
import { routing } from '@/i18n/routing';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const r = await getTranslations({ locale, namespace: 'Recovery' });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          {t('skipToContent')}
        </a>
        {/* Client islands get their strings as props; the provider only carries the locale for next-intl's Link. */}
        <NextIntlClientProvider messages={null}>
          <RecoveryBanner
            labels={{
              progress: { title: r('title'), body: r('body'), download: r('download') },
              texts: { title: r('textsTitle'), body: r('textsBody'), download: r('downloadTexts') },
              other: { title: r('otherTitle'), body: r('otherBody'), download: r('download') },
              dismiss: r('dismiss'),
            }}
          />
          <SiteHeader locale={locale} />
          <main id="main" className="flex-1">
            {children}
          </main>
        </NextIntlClientProvider>
        <footer className="border-t border-stone-200 px-6 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          {t('footer')}
        </footer>
      </body>
    </html>
  );
}
