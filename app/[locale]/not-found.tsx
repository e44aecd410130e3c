import { getLocale, getTranslations } from 'next-intl/server';
import NotFoundPanel from '@/components/NotFoundPanel';

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <NotFoundPanel locale={locale} title={t('title')} body={t('body')} back={t('back')} href={`/${locale}`} />
    </div>
  );
}
