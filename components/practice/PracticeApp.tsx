'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RoleItem } from '@/lib/practice/roles';
import type { ClozeItem, ParticleItem } from '@/lib/reader';
import dynamic from 'next/dynamic';
import type { DeckWord, ExampleIndex } from '@/lib/practice/deck';
import { useLazyProgress } from './use-lazy-progress';

// The modes, and the progress store they share, load after the page shell: the first paint
// needs none of them. Each of the other tabs loads when it is first opened.
const Flashcards = dynamic(() => import('./Flashcards'));
const ClozeDrill = dynamic(() => import('./ClozeDrill'));
const ParticleDrill = dynamic(() => import('./ParticleDrill'));
const RoleDrill = dynamic(() => import('./RoleDrill'));
const ProgressPanel = dynamic(() => import('./ProgressPanel'));

type Props = {
  locale: 'ko' | 'en';
  deck: DeckWord[];
  /** Every word of the library's articles (as on the library's cards), for the progress counts. */
  libraryWords: string[];
  examples: ExampleIndex;
  cloze: ClozeItem[];
  particles: ParticleItem[];
  roles: RoleItem[];
};
const TABS = ['cards', 'cloze', 'particles', 'roles', 'progress'] as const;
const TAB_LABEL = { cards: 'tabCards', cloze: 'tabCloze', particles: 'tabParticles', roles: 'tabRoles', progress: 'tabProgress' } as const;

/** The practice page: five modes as ARIA tabs (arrow keys move between them). */
export default function PracticeApp({ locale, deck, libraryWords, examples, cloze, particles, roles }: Props) {
  const t = useTranslations('Practice');
  // A link to #my-terms (from a term's popover in the reader) opens the progress tab, where the list is.
  const [tab, setTab] = useState<(typeof TABS)[number]>(() =>
    typeof location !== 'undefined' && location.hash === '#my-terms' ? 'progress' : 'cards',
  );
  const state = useLazyProgress();
  const ready = state?.ready ?? false;
  const error = state?.error ?? null;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (ready && location.hash === '#my-terms') document.getElementById('my-terms')?.scrollIntoView();
    const onHash = () => location.hash === '#my-terms' && setTab('progress');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ready]);
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    refs.current[TABS.indexOf(next)]?.focus();
  };
  if (!ready)
    return (
      // Without JavaScript nothing loads: the page's notice says so, and this would wait forever.
      <p role="status" className="mt-6 [@media(scripting:none)]:hidden">
        {t('loading')}
      </p>
    );
  return (
    <div className="mt-6">
      {error && (
        <p role="alert" className="mb-4 rounded-lg border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t(error === 'unavailable' ? 'storageUnavailable' : 'writeFailed')}
        </p>
      )}
      <div role="tablist" aria-label={t('tabs')} className="flex flex-wrap gap-1 border-b border-stone-300 dark:border-stone-700">
        {TABS.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`tab-${id}`}
            role="tab"
            type="button"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onKeyDown={onKey}
            onClick={() => setTab(id)}
            className="-mb-px rounded-t-md border border-transparent px-4 py-2 aria-selected:border-stone-300 aria-selected:border-b-stone-50 aria-selected:bg-stone-50 aria-selected:font-semibold dark:aria-selected:border-stone-700 dark:aria-selected:bg-stone-950"
          >
            {t(TAB_LABEL[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="pt-6">
        {tab === 'cards' && <Flashcards deck={deck} examples={examples} locale={locale} />}
        {tab === 'cloze' && <ClozeDrill items={cloze} locale={locale} />}
        {tab === 'particles' && <ParticleDrill items={particles} locale={locale} />}
        {tab === 'roles' && <RoleDrill items={roles} locale={locale} />}
        {tab === 'progress' && <ProgressPanel libraryWords={libraryWords} examples={examples} locale={locale} />}
      </div>
    </div>
  );
}
