import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import PracticeApp from '@/components/practice/PracticeApp';
import type { Locale } from '@/i18n/routing';
import { buildClozeItems, buildDeck, buildExampleIndex, buildParticleItems, buildRoleItems, getCorpus } from '@/lib/reader';
import NoScriptNotice from '@/components/NoScriptNotice';

// Rendered per request, so that Next can put this response's CSP nonce on its scripts (only the
// reader's article pages are rendered once, at build: see app/[locale]/read/[slug]/page.tsx).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Practice' }))('title') };
}

export default async function PracticePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Practice' });
  const corpus = getCorpus();
  const deck = buildDeck(corpus, locale);
  const messages = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <NoScriptNotice>{t('noScript')}</NoScriptNotice>
      <NextIntlClientProvider
        messages={{
          Practice: messages.Practice,
          MarkKnown: { ignoredCount: messages.MarkKnown.ignoredCount },
          ReadingStats: messages.ReadingStats,
          MyTerms: messages.MyTerms,
        }}
      >
        <PracticeApp
          locale={locale}
          deck={deck}
          libraryWords={[...new Set([...corpus.wordIds.values()].flat())]}
          examples={buildExampleIndex(corpus)}
          cloze={buildClozeItems(corpus)}
          particles={buildParticleItems(corpus)}
          roles={buildRoleItems(corpus)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
