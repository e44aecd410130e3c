import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import LocaleSwitcher from './LocaleSwitcher';

const NAV = [['/', 'library'], ['/glossary', 'glossary'], ['/practice', 'practice'], ['/import', 'import']] as const;

/** The top bar: app name, main navigation and the UI language switch. */
export default async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const names = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-teal-900 dark:text-teal-200">
          {t('appName')}
        </Link>
        <nav aria-label={t('mainNav')} className="flex items-center gap-4 text-sm">
          {NAV.map(([href, key]) => (
            <Link key={key} href={href} className="underline-offset-4 hover:underline">
              {t(key)}
            </Link>
          ))}
          <LocaleSwitcher locale={locale} label={names('label')} names={{ ko: names('ko'), en: names('en') }} />
        </nav>
      </div>
    </header>
  );
}
