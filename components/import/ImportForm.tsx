'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ImportedText } from '@/lib/payload';
import { hasHangul, isBlank, MAX_CHARS, TEXTS_KEY, untitledTitle } from '@/lib/textimport';
import TextField from './TextField';
import { updateTexts, useTexts } from './texts-store';

type Problem = { key: string; values?: Record<string, number> } | null;

/** Paste Korean (and English), check it here, send it to /api/analyse, save it, open it. */
export default function ImportForm({ locale }: { locale: string }) {
  const t = useTranslations('Import');
  const router = useRouter();
  useTexts(); // start the store, so that saving is ready when the answer arrives
  const [title, setTitle] = useState('');
  const [ko, setKo] = useState('');
  const [en, setEn] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [askNoHangul, setAskNoHangul] = useState(false);
  const [sending, setSending] = useState(false);
  const tooLong = ko.length > MAX_CHARS || en.length > MAX_CHARS;

  async function submit(acceptNoHangul: boolean) {
    setProblem(null);
    if (isBlank(ko)) return setProblem({ key: 'empty' });
    if (tooLong) return setProblem({ key: 'error_too-large' });
    if (!hasHangul(ko) && !acceptNoHangul) return setAskNoHangul(true);
    setAskNoHangul(false);
    setSending(true);
    try {
      const response = await fetch('/api/analyse', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ko, en, title: title.trim() }),
      });
      const body = (await response.json().catch(() => ({ error: 'failed' }))) as ImportedText & { error?: string };
      if (!response.ok)
        return setProblem({
          key: `error_${body.error ?? 'failed'}`,
          values: { seconds: Number(response.headers.get('retry-after') ?? 60) },
        });
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      // Untitled: the first words, not the first sentence that the reader shows right below the title.
      const name = body.title || untitledTitle(body.paragraphs[0]?.sentences[0]?.ko) || t('untitled');
      updateTexts((store) => ({
        ...store,
        texts: { ...store.texts, [id]: { id, title: name, createdAt: now, updatedAt: now, text: body } },
      }));
      if (!localStorage.getItem(TEXTS_KEY)?.includes(id)) return setProblem({ key: 'error_storage' });
      router.push(`/${locale}/import/${id}`);
    } catch {
      setProblem({ key: 'error_network' });
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <div>
        <label htmlFor="import-title" className="block font-semibold">
          {t('titleLabel')}
        </label>
        <input
          id="import-title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          className="mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 dark:bg-stone-900"
        />
      </div>
      <TextField id="import-ko" lang="ko" label={t('koLabel')} value={ko} onChange={setKo} required />
      <TextField id="import-en" lang="en" label={t('enLabel')} value={en} onChange={setEn} />
      {problem && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t(problem.key as 'empty', problem.values)}
        </p>
      )}
      {askNoHangul && (
        <div
          role="alert"
          className="rounded-md border border-amber-600 bg-amber-50 p-3 text-stone-900 dark:bg-amber-950 dark:text-amber-50"
        >
          <p>{t('noHangul')}</p>
          <button type="button" onClick={() => void submit(true)} className="mt-2 rounded-md bg-amber-800 px-3 py-1.5 text-white">
            {t('proceed')}
          </button>
        </div>
      )}
      <button
        type="submit"
        disabled={sending || tooLong}
        className="rounded-md bg-teal-800 px-5 py-2 font-medium text-white disabled:opacity-50"
      >
        {sending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
