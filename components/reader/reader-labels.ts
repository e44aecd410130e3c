import { getTranslations } from 'next-intl/server';
import { WORD_CLASSES, type WordClass } from '@/lib/korean';
import { TOGGLES, VIEWS } from '@/lib/reader-prefs';
import type { PopoverLabels } from './WordPopover';

/** Every interface string the reader's islands need, in one UI language (for articles and imports alike). */
export async function getReaderLabels(locale: 'ko' | 'en') {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const v = await getTranslations({ locale, namespace: 'ViewControls' });
  const p = await getTranslations({ locale, namespace: 'WordPopover' });
  const c = await getTranslations({ locale, namespace: 'WordClass' });
  const l = await getTranslations({ locale, namespace: 'Lookup' });
  const k = await getTranslations({ locale, namespace: 'Shortcuts' });
  const views = Object.fromEntries([...VIEWS, ...TOGGLES].map((key) => [key, v(key)])) as Record<
    (typeof VIEWS)[number] | (typeof TOGGLES)[number],
    string
  >;
  const popover: PopoverLabels = {
    dialog: p('dialogPrefix'),
    definition: p('definition'),
    breakdown: p('breakdown'),
    lemma: p('lemma'),
    listen: p('listen'),
    openGlossary: p('openGlossary'),
    close: p('close'),
    keyboardHint: p('keyboardHint'),
    addWord: p('addWord'),
    removeWord: p('removeWord'),
    status: p('status'),
    saveFailed: p('saveFailed'),
    statuses: { new: p('new'), learning: p('learning'), known: p('known'), ignored: k('ignored') },
    loading: p('loading'),
    error: p('error'),
    noGloss: p('noGloss'),
    lookup: { lookUpIn: l('lookUpIn'), opensInNewTab: l('opensInNewTab') },
    classes: Object.fromEntries(WORD_CLASSES.map((k) => [k, c(k)])) as Record<WordClass, string>,
  };
  return {
    controls: {
      ...views,
      group: v('label'),
      hint: v('hideHint'),
      hintNoScript: v('hideHintNoScript'),
      reveal: v('reveal'),
      settings: v('settings'),
    },
    article: { ko: t('koreanColumn'), en: t('englishColumn') },
    popover,
    readingLoop: {
      statuses: popover.statuses,
      shortcuts: k('button'),
      noWord: k('noWord'),
      notContent: k('notContent'),
      loading: k('loading'),
      noNextNew: k('noNextNew'),
      noPreviousNew: k('noPreviousNew'),
      saveFailed: k('saveFailed'),
    },
  };
}
