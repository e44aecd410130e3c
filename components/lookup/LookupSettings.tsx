'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import {
  addDictionary,
  DEFAULT_DICTIONARIES,
  LEMMA,
  MAX_NAME,
  MAX_TEMPLATE,
  removeDictionary,
  restoreDefaults,
  restoreDictionary,
  validateTemplate,
  type Dictionary,
  type TemplateError,
} from '@/lib/lookup';
import { readLookups, updateLookups, useLookups } from './lookup-store';

type Notice = { kind: 'removed'; dictionary: Dictionary; index: number } | { kind: 'added'; name: string } | { kind: 'restored' } | null;

const button =
  'min-h-10 rounded-md border px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** The dictionaries that word popovers link to: remove (with undo), add by URL template, restore the defaults. */
export default function LookupSettings() {
  const t = useTranslations('Lookup');
  const { value, ready, error } = useLookups();
  const [notice, setNotice] = useState<Notice>(null);
  const [focusOn, setFocusOn] = useState<{ id: string } | null>(null); // a new object each time, so that focus moves again
  const undo = useRef<HTMLButtonElement>(null);
  const removers = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => void (notice?.kind === 'removed' && undo.current?.focus()), [notice]);
  useEffect(() => void (focusOn && removers.current.get(focusOn.id)?.focus()), [focusOn]);
  const change = (next: Notice, update: Parameters<typeof updateLookups>[0]) => {
    updateLookups(update);
    setNotice(readLookups().error ? null : next);
  };
  const list = value.dictionaries;
  return (
    <section aria-labelledby="lookup-title" className="mt-8">
      <h2 id="lookup-title" className="text-xl font-bold">
        {t('sectionTitle')}
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('sectionIntro', { placeholder: LEMMA })}</p>
      <div role="status">
        {notice && (
          <p className="mt-3 flex flex-wrap items-center gap-3 rounded-md bg-stone-200 p-3 dark:bg-stone-800">
            {notice.kind === 'removed'
              ? t('removed', { name: notice.dictionary.name })
              : notice.kind === 'added'
                ? t('added', { name: notice.name })
                : t('restored')}
            {notice.kind === 'removed' && (
              <button
                ref={undo}
                type="button"
                onClick={() => {
                  change(null, (store) => restoreDictionary(store, notice.dictionary, notice.index));
                  setFocusOn({ id: notice.dictionary.id });
                }}
                className={`${button} border-stone-600 dark:border-stone-300`}
              >
                {t('undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t('error_storage')}
        </p>
      )}
      {ready && (
        <>
          {list.length === 0 ? (
            <p className="mt-4 rounded-lg border border-dashed border-stone-400 p-4 text-stone-700 dark:border-stone-600 dark:text-stone-300">
              {t('empty')}
            </p>
          ) : (
            <ul className="mt-4 space-y-2">
              {list.map((dictionary, index) => (
                <li
                  key={dictionary.id}
                  className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
                >
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold">{dictionary.name}</p>
                    <p className="text-xs break-all text-stone-600 dark:text-stone-400">{dictionary.template}</p>
                  </div>
                  <button
                    ref={(element) => {
                      if (element) removers.current.set(dictionary.id, element);
                      return () => void removers.current.delete(dictionary.id);
                    }}
                    type="button"
                    aria-label={t('removeLabel', { name: dictionary.name })}
                    onClick={() => change({ kind: 'removed', dictionary, index }, (store) => removeDictionary(store, dictionary.id))}
                    className={`${button} border-red-800 text-red-800 dark:border-red-300 dark:text-red-300`}
                  >
                    {t('remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {DEFAULT_DICTIONARIES.some((d) => !list.some((mine) => mine.id === d.id)) && (
            <button
              type="button"
              onClick={() => change({ kind: 'restored' }, restoreDefaults)}
              className={`${button} mt-3 border-stone-500`}
            >
              {t('restore')}
            </button>
          )}
          <AddDictionary existing={list} onAdded={(name) => setNotice(readLookups().error ? null : { kind: 'added', name })} />
        </>
      )}
    </section>
  );
}

type Problem = { error: TemplateError; field: 'name' | 'template' } | null;

/** The add form: a name and a URL template, refused with a message until the template is usable. */
function AddDictionary({ existing, onAdded }: { existing: readonly Dictionary[]; onAdded: (name: string) => void }) {
  const t = useTranslations('Lookup');
  const [name, setName] = useState('');
  const [template, setTemplate] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const templateField = useRef<HTMLInputElement>(null);
  const invalid = (field: 'name' | 'template') => problem?.field === field;
  const fieldClass = 'mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 dark:bg-stone-900';
  function submit() {
    const error = validateTemplate(name, template, existing);
    const sameName = existing.some((d) => d.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
    const field = error === 'empty-name' || (error === 'duplicate' && sameName) ? 'name' : 'template';
    setProblem(error && { error, field });
    if (error) return (field === 'name' ? nameField : templateField).current?.focus();
    updateLookups((store) => addDictionary(store, { id: crypto.randomUUID(), name, template }));
    onAdded(name.trim());
    setName('');
    setTemplate('');
    nameField.current?.focus();
  }
  return (
    <form
      noValidate
      aria-labelledby="lookup-add-title"
      className="mt-8 space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id="lookup-add-title" className="text-lg font-semibold">
        {t('addTitle')}
      </h3>
      <div>
        <label htmlFor="lookup-name" className="block font-semibold">
          {t('nameLabel')}
        </label>
        <input
          ref={nameField}
          id="lookup-name"
          value={name}
          maxLength={MAX_NAME}
          autoComplete="off"
          aria-invalid={invalid('name')}
          aria-describedby={invalid('name') ? 'lookup-problem' : undefined}
          onChange={(event) => setName(event.target.value)}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="lookup-template" className="block font-semibold">
          {t('templateLabel')}
        </label>
        <input
          ref={templateField}
          id="lookup-template"
          type="url"
          value={template}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={invalid('template')}
          aria-describedby={invalid('template') ? 'lookup-template-hint lookup-problem' : 'lookup-template-hint'}
          onChange={(event) => setTemplate(event.target.value)}
          className={fieldClass}
        />
        <p id="lookup-template-hint" className="mt-1 text-sm break-words text-stone-600 dark:text-stone-400">
          {t('templateHint', { placeholder: LEMMA, example: 'https://en.wiktionary.org/wiki/{lemma}' })}
        </p>
      </div>
      {problem && (
        <p
          id="lookup-problem"
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {t(`error_${problem.error}`, { placeholder: LEMMA, max: MAX_TEMPLATE, maxName: MAX_NAME })}
        </p>
      )}
      <button type="submit" className={`${button} border-teal-800 bg-teal-800 font-medium text-white`}>
        {t('add')}
      </button>
    </form>
  );
}
