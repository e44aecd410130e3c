// Rendered inside a client island (the imported reader); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { checkTranslation, MAX_TRANSLATION, type TranslationProblem } from '@/lib/textimport';

type Props = {
  /** The sentence being translated, or null when the dialog is closed. */
  sentence: { id: string; ko: string; number: number; translation: string | null } | null;
  /** Stores the translation (null removes it); resolves false when it could not be saved. */
  onSave: (sentenceId: string, text: string | null) => Promise<boolean>;
  onClose: () => void;
};

const BUTTON =
  'min-h-10 rounded-md border px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** A modal dialog to type or paste one's own translation of a sentence: plain text, checked, kept with the text. */
export default function TranslationDialog({ sentence, onSave, onClose }: Props) {
  const t = useTranslations('SentenceLookup');
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<TranslationProblem | 'storage' | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (sentence && !element.open) {
      setDraft(sentence.translation ?? '');
      setProblem(null);
      element.showModal();
    } else if (!sentence && element.open) element.close();
  }, [sentence]);
  async function save(text: string | null) {
    if (!sentence) return;
    let value = text;
    if (value !== null) {
      const checked = checkTranslation(value);
      if ('problem' in checked) return setProblem(checked.problem);
      value = checked.text || null;
    }
    if (await onSave(sentence.id, value)) onClose();
    else setProblem('storage');
  }
  return (
    <dialog
      ref={dialog}
      aria-labelledby="translation-title"
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl p-6 backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft);
        }}
      >
        <h2 id="translation-title" className="text-lg font-bold">
          {t('dialogTitle', { number: sentence?.number ?? 0 })}
        </h2>
        <p lang="ko" className="mt-2 rounded-md bg-stone-100 p-3 dark:bg-stone-800">
          {sentence?.ko}
        </p>
        <label htmlFor="own-translation" className="mt-4 block font-semibold">
          {t('fieldLabel')}
        </label>
        <textarea
          id="own-translation"
          lang="en"
          rows={4}
          value={draft}
          aria-invalid={problem !== null && problem !== 'storage'}
          aria-describedby={problem ? 'translation-hint translation-problem' : 'translation-hint'}
          onChange={(event) => setDraft(event.target.value)}
          className="mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 dark:bg-stone-950"
        />
        <p id="translation-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {t('fieldHint', { max: MAX_TRANSLATION })}
        </p>
        {problem && (
          <p
            id="translation-problem"
            role="alert"
            className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {t(`problem_${problem}`, { max: MAX_TRANSLATION })}
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="submit" className={`${BUTTON} border-teal-800 bg-teal-800 font-medium text-white`}>
            {t('save')}
          </button>
          {sentence?.translation != null && (
            <button
              type="button"
              onClick={() => void save(null)}
              className={`${BUTTON} border-red-800 text-red-800 dark:border-red-300 dark:text-red-300`}
            >
              {t('remove')}
            </button>
          )}
          <button type="button" onClick={onClose} className={`${BUTTON} border-stone-400`}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
