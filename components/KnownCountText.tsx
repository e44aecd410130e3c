// Rendered inside a client island (KnownCount); loaded after first paint with the message formatter.
import { useTranslations } from 'next-intl';

/** "23 of 140 words known", with ICU plurals. */
export default function KnownCountText({ known, total }: { known: number; total: number }) {
  const t = useTranslations('Library');
  return <span>{t('known', { known, total })}</span>;
}
