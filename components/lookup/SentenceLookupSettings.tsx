'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  DEFAULT_TRANSLATOR,
  GOOGLE_TRANSLATOR,
  MAX_NAME,
  MAX_TEMPLATE,
  SENTENCE,
  validateTranslator,
  type TemplateError,
  type Translator,
} from '@/lib/lookup';
import { readSentenceLookup, updateSentenceLookup, useSentenceLookup } from './sentence-lookup-store';

const BUTTON =
  'min-h-10 rounded-md border px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';
const FIELD = 'mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 dark:bg-stone-900';

/** The translator that sentences of a text without English link to: Papago, Google Translate, or one's own URL template. */
export default function SentenceLookupSettings() {
  const t = useTranslations('SentenceLookup');
  const { value, ready, error } = useSentenceLookup();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState('');
  const [problem, setProblem] = useState<{ error: TemplateError; field: 'name' | 'template' } | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const choose = (translator: Translator) => {
    updateSentenceLookup((store) => ({ ...store, translator: { name: translator.name.trim(), template: translator.template.trim() } }));
    setChanged(readSentenceLookup().error ? null : translator.name.trim());
  };
  function submit() {
    const found = validateTranslator(name, template);
    setProblem(found && { error: found, field: found === 'empty-name' ? 'name' : 'template' });
    if (found) return document.getElementById(found === 'empty-name' ? 'translator-name' : 'translator-template')?.focus();
    choose({ name, template });
    setName('');
    setTemplate('');
  }
  return (
    <section aria-labelledby="translator-title" className="mt-12">
      <h2 id="translator-title" className="text-xl font-bold">
        {t('sectionTitle')}
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('sectionIntro', { placeholder: SENTENCE })}</p>
      <div role="status">
        {changed && <p className="mt-3 rounded-md bg-stone-200 p-3 dark:bg-stone-800">{t('changed', { name: changed })}</p>}
      </div>
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t('error_storage')}
        </p>
      )}
      {ready && (
        <>
          <div className="mt-4 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <p className="font-semibold">{t('current', { name: value.translator.name })}</p>
            <p className="text-xs break-all text-stone-600 dark:text-stone-400">{value.translator.template}</p>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            {[DEFAULT_TRANSLATOR, GOOGLE_TRANSLATOR]
              .filter((translator) => translator.template !== value.translator.template)
              .map((translator) => (
                <button key={translator.name} type="button" onClick={() => choose(translator)} className={`${BUTTON} border-stone-500`}>
                  {t('useNamed', { name: translator.name })}
                </button>
              ))}
          </div>
          <form
            noValidate
            className="mt-6 space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800"
            aria-label={t('saveTranslator')}
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <div>
              <label htmlFor="translator-name" className="block font-semibold">
                {t('nameLabel')}
              </label>
              <input
                id="translator-name"
                value={name}
                maxLength={MAX_NAME}
                autoComplete="off"
                aria-invalid={problem?.field === 'name'}
                aria-describedby={problem?.field === 'name' ? 'translator-problem' : undefined}
                onChange={(event) => setName(event.target.value)}
                className={FIELD}
              />
            </div>
            <div>
              <label htmlFor="translator-template" className="block font-semibold">
                {t('templateLabel')}
              </label>
              <input
                id="translator-template"
                type="url"
                value={template}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={problem?.field === 'template'}
                aria-describedby={problem?.field === 'template' ? 'translator-hint translator-problem' : 'translator-hint'}
                onChange={(event) => setTemplate(event.target.value)}
                className={FIELD}
              />
              <p id="translator-hint" className="mt-1 text-sm break-words text-stone-600 dark:text-stone-400">
                {t('templateHint', { placeholder: SENTENCE, example: GOOGLE_TRANSLATOR.template })}
              </p>
            </div>
            {problem && (
              <p
                id="translator-problem"
                role="alert"
                className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
              >
                {t(`error_${problem.error}`, { placeholder: SENTENCE, max: MAX_TEMPLATE, maxName: MAX_NAME })}
              </p>
            )}
            <button type="submit" className={`${BUTTON} border-teal-800 bg-teal-800 font-medium text-white`}>
              {t('saveTranslator')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
