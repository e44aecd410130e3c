'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ImportedText } from '@/lib/payload';
import { readStore } from '@/lib/storage';
import {
  DRAFT_KEY,
  emptyDraft,
  hasHangul,
  isBlank,
  isEmptyDraft,
  MAX_CHARS,
  MAX_TITLE,
  parseDraft,
  sanitiseTitle,
  untitledTitle,
  type Draft,
} from '@/lib/textimport';
import TextField from './TextField';
import { saveText, useTexts } from './texts-store';

/** How long typing pauses before the draft is written. */
const DRAFT_DELAY_MS = 400;
type DraftState = 'none' | 'restored' | 'kept' | 'not-kept';

type Problem = { key: string; values?: Record<string, number> } | null;

let stored: Draft | null | undefined;
/** The draft as this page found it (read once; null: none, or no storage). */
function storedDraft(): Draft | null {
  if (stored === undefined) {
    try {
      const { value } = readStore(localStorage, DRAFT_KEY, parseDraft, emptyDraft);
      stored = isEmptyDraft(value) ? null : value;
    } catch {
      stored = null;
    }
  }
  return stored;
}
const noSubscription = () => () => {};

/**
 * Paste Korean (and English), check it here, send it to /api/analyse, save it, open it. The
 * server renders the empty form; once hydrated, a draft kept in this browser comes back.
 */
export default function ImportForm({ locale }: { locale: string }) {
  const draft = useSyncExternalStore(noSubscription, storedDraft, () => null);
  return <Form key={draft ? 'draft' : 'empty'} locale={locale} initial={draft} />;
}

function Form({ locale, initial }: { locale: string; initial: Draft | null }) {
  const t = useTranslations('Import');
  const router = useRouter();
  useTexts(); // start the store, so that saving is ready when the answer arrives
  const [title, setTitle] = useState(initial?.title ?? '');
  const [ko, setKo] = useState(initial?.ko ?? '');
  const [en, setEn] = useState(initial?.en ?? '');
  const [problem, setProblem] = useState<Problem>(null);
  const [askNoHangul, setAskNoHangul] = useState(false);
  const [sending, setSending] = useState(false);
  const [draft, setDraft] = useState<DraftState>(initial ? 'restored' : 'none');
  const keeping = useRef(true);
  const tooLong = ko.length > MAX_CHARS || en.length > MAX_CHARS;

  // The draft is written as it is typed, once typing pauses, and at once when the page is hidden.
  useEffect(() => {
    const write = () => {
      if (!keeping.current) return;
      try {
        if (isEmptyDraft({ title, ko, en })) localStorage.removeItem(DRAFT_KEY);
        else localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, title, ko, en, savedAt: new Date().toISOString() }));
        setDraft((state) => (isEmptyDraft({ title, ko, en }) ? 'none' : state === 'restored' ? state : 'kept'));
      } catch {
        setDraft('not-kept');
      }
    };
    const timer = window.setTimeout(write, DRAFT_DELAY_MS);
    const onHide = () => document.visibilityState === 'hidden' && write();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', write);
    };
  }, [title, ko, en]);

  function clearDraft() {
    setTitle('');
    setKo('');
    setEn('');
    setProblem(null);
    setAskNoHangul(false);
    setDraft('none');
    stored = null;
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Nothing was kept.
    }
  }

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
        body: JSON.stringify({ ko, en, title: sanitiseTitle(title) }),
      });
      const answer = (await response.json().catch(() => ({ error: 'failed' }))) as { error?: string };
      if (!response.ok)
        return setProblem({
          key: `error_${answer.error ?? 'failed'}`,
          values: { seconds: Number(response.headers.get('retry-after') ?? 60) },
        });
      // The route answers packed (each distinct word once); an answer that does not unpack is a failed
      // analysis. The unpacker (and its zod schema) loads with the first answer, not with the page.
      let body: ImportedText;
      try {
        const { unpackImportedText } = await import('@/lib/payload/packed');
        body = unpackImportedText(answer);
      } catch {
        return setProblem({ key: 'error_failed' });
      }
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      // Untitled: the first words, not the first sentence that the reader shows right below the title.
      const name = sanitiseTitle(body.title) || untitledTitle(body.paragraphs[0]?.sentences[0]?.ko) || t('untitled');
      // Kept in the draft until the text is stored: a failed save loses nothing.
      if (!(await saveText({ id, title: name, createdAt: now, updatedAt: now, text: body }))) return setProblem({ key: 'error_storage' });
      keeping.current = false; // no last write of the draft on the way out
      stored = null;
      try {
        localStorage.removeItem(DRAFT_KEY);
      } catch {
        // Nothing was kept.
      }
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
          maxLength={MAX_TITLE}
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
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={sending || tooLong}
          className="rounded-md bg-teal-800 px-5 py-2 font-medium text-white disabled:opacity-50"
        >
          {sending ? t('sending') : t('submit')}
        </button>
        {!isEmptyDraft({ title, ko, en }) && (
          <button type="button" onClick={clearDraft} disabled={sending} className="rounded-md border border-stone-400 px-4 py-2">
            {t('clearDraft')}
          </button>
        )}
        {draft !== 'none' && (
          <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
            {t(draft === 'restored' ? 'draftRestored' : draft === 'kept' ? 'draftKept' : 'draftNotKept')}
          </p>
        )}
      </div>
    </form>
  );
}
