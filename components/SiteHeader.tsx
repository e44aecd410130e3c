import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import LocaleSwitcher from './LocaleSwitcher';

const NAV = [
  ['/', 'library'],
  ['/glossary', 'glossary'],
  ['/practice', 'practice'],
  ['/import', 'import'],
  ['/settings', 'settings'],
] as const;

/** The top bar: app name, main navigation and the UI language switch. */
export default async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const names = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      {/* Everything grows rightwards from a fixed start, in a row of fixed height: however the
          streamed HTML arrives, nothing already painted moves (CLS 0). */}
      <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-teal-900 dark:text-teal-200">
          {t('appName')}
        </Link>
        <nav aria-label={t('mainNav')} className="flex min-h-9 w-full flex-wrap items-center gap-4 text-sm sm:w-auto sm:flex-1">
          {NAV.map(([href, key]) => (
            <Link key={key} href={href} className="underline-offset-4 hover:underline">
              {t(key)}
            </Link>
          ))}
          <div className="ml-auto">
            <LocaleSwitcher locale={locale} label={names('label')} names={{ ko: names('ko'), en: names('en') }} />
          </div>
        </nav>
      </div>
    </header>
  );
}
