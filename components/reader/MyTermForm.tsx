// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { checkMyGloss, checkTermLabel } from '@/lib/practice';

type Props = {
  title: string;
  /** The words as they stand in the text (자리를 잡았다), shown above the fields. */
  words?: string;
  label: string;
  meaning: string;
  /** Saves; answers false when storage refused the write (the form then stays, with what was typed). */
  onSave: (label: string, meaning: string) => boolean | Promise<boolean>;
  onCancel: () => void;
};

const PROBLEM = {
  'label-empty': 'labelEmpty',
  'label-too-long': 'labelTooLong',
  'label-control': 'control',
  empty: 'meaningEmpty',
  'too-long': 'meaningTooLong',
  control: 'control',
} as const;

/** The term and the learner's meaning of it, checked before saving; a refused write says so and keeps the text. */
export default function MyTermForm({ title, words, label: initialLabel, meaning: initialMeaning, onSave, onCancel }: Props) {
  const t = useTranslations('MyTerms');
  const [label, setLabel] = useState(initialLabel);
  const [meaning, setMeaning] = useState(initialMeaning);
  const [problem, setProblem] = useState<keyof typeof PROBLEM | 'storage' | null>(null);
  const meaningField = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => meaningField.current?.focus(), []);
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };
  const submit = () => {
    const checkedLabel = checkTermLabel(label);
    if ('problem' in checkedLabel) return setProblem(checkedLabel.problem);
    const checkedMeaning = checkMyGloss(meaning);
    if ('problem' in checkedMeaning) {
      meaningField.current?.focus();
      return setProblem(checkedMeaning.problem);
    }
    setProblem(null);
    void Promise.resolve(onSave(checkedLabel.label, checkedMeaning.gloss)).then((ok) => !ok && setProblem('storage'));
  };
  return (
    <form
      aria-labelledby={`${id}-title`}
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      {words && (
        <p className="text-sm">
          <span className="text-stone-600 dark:text-stone-400">{t('words')}: </span>
          <span lang="ko">{words}</span>
        </p>
      )}
      <label className="block text-sm">
        <span className="font-medium">{t('label')}</span>
        <input
          lang="ko"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={escape}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-950"
        />
      </label>
      <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
        {t('labelHint')}
      </p>
      <label className="block text-sm">
        <span className="font-medium">{t('meaning')}</span>
        <input
          ref={meaningField}
          value={meaning}
          onChange={(event) => setMeaning(event.target.value)}
          onKeyDown={escape}
          aria-invalid={problem === 'empty' || problem === 'too-long' ? true : undefined}
          autoComplete="off"
          className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-950"
        />
      </label>
      {problem && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {t(problem === 'storage' ? 'storageFull' : PROBLEM[problem])}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="submit" className="rounded-md bg-teal-800 px-3 py-1 text-white">
          {t('saveButton')}
        </button>
        <button type="button" onClick={onCancel} className="rounded-md border border-stone-400 px-3 py-1">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
