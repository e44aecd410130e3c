'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sanitiseTitle } from '@/lib/textimport';
import { changeText, useTexts } from './texts-store';

/** The texts saved in this browser: open, rename, delete (with undo). */
export default function SavedTexts({ locale }: { locale: string }) {
  const t = useTranslations('Import');
  const { texts: saved, ready, error } = useTexts();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  // Titles are shown clean whatever was stored (no bidi controls, no NUL in an attribute).
  const texts = [...saved.values()]
    .filter((text) => !text.deletedAt)
    .map((text) => ({ ...text, title: sanitiseTitle(text.title) || t('untitled') }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const change = (id: string, c: { title?: string; deleted?: boolean }) => void changeText(id, c);
  return (
    <section aria-labelledby="saved-title" className="mt-10">
      <h2 id="saved-title" className="text-xl font-bold">
        {t('saved')}
      </h2>
      {deleted && (
        <p role="status" className="mt-3 flex items-center gap-3 rounded-md bg-stone-200 p-3 dark:bg-stone-800">
          {t('deleted', { title: deleted.title })}
          <button
            type="button"
            onClick={() => {
              change(deleted.id, { deleted: false });
              setDeleted(null);
            }}
            className="rounded-md border border-stone-600 px-3 py-1"
          >
            {t('undo')}
          </button>
        </p>
      )}
      {error === 'write-failed' && (
        <p role="alert" className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t('changeFailed')}
        </p>
      )}
      {ready && texts.length === 0 && <p className="mt-3 text-stone-600 dark:text-stone-400">{t('noneSaved')}</p>}
      <ul className="mt-3 space-y-3">
        {texts.map((text) => (
          <li
            key={text.id}
            className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            {renaming === text.id ? (
              <form
                className="flex flex-1 flex-wrap gap-2"
                onSubmit={(event) => {
                  event.preventDefault();
                  change(text.id, { title: sanitiseTitle(draft) || text.title });
                  setRenaming(null);
                }}
              >
                <input
                  aria-label={t('renameLabel', { title: text.title })}
                  value={draft}
                  maxLength={200}
                  autoFocus
                  onChange={(e) => setDraft(e.target.value)}
                  className="flex-1 rounded-md border border-stone-400 px-2 py-1 dark:bg-stone-950"
                />
                <button type="submit" className="rounded-md bg-teal-800 px-3 py-1 text-white">
                  {t('save')}
                </button>
                <button type="button" onClick={() => setRenaming(null)} className="rounded-md border border-stone-400 px-3 py-1">
                  {t('cancel')}
                </button>
              </form>
            ) : (
              <>
                <a
                  href={`/${locale}/import/${text.id}`}
                  className="flex-1 font-semibold text-teal-900 underline-offset-4 hover:underline dark:text-teal-200"
                >
                  {text.title}
                </a>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {t('created', { date: new Date(text.createdAt).toLocaleDateString(locale) })}
                </span>
                <button
                  type="button"
                  aria-label={`${t('rename')}: ${text.title}`}
                  onClick={() => {
                    setRenaming(text.id);
                    setDraft(text.title);
                  }}
                  className="rounded-md border border-stone-400 px-3 py-1"
                >
                  {t('rename')}
                </button>
                <button
                  type="button"
                  aria-label={`${t('delete')}: ${text.title}`}
                  onClick={() => {
                    change(text.id, { deleted: true });
                    setDeleted({ id: text.id, title: text.title });
                  }}
                  className="rounded-md border border-red-800 px-3 py-1 text-red-800 dark:border-red-300 dark:text-red-300"
                >
                  {t('delete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
