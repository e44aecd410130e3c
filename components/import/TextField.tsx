// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { MAX_CHARS } from '@/lib/textimport';

type Props = { id: string; lang: 'ko' | 'en'; label: string; value: string; onChange: (value: string) => void; required?: boolean };

/** A labelled text area with a live character count against the 50,000 limit. */
export default function TextField({ id, lang, label, value, onChange, required }: Props) {
  const t = useTranslations('Import');
  const over = value.length - MAX_CHARS;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        lang={lang}
        value={value}
        required={required}
        aria-invalid={over > 0}
        aria-describedby={`${id}-count`}
        onChange={(event) => onChange(event.target.value)}
        rows={8}
        className="mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 dark:bg-stone-900"
      />
      <p
        id={`${id}-count`}
        className={over > 0 ? 'text-sm font-semibold text-red-800 dark:text-red-300' : 'text-sm text-stone-600 dark:text-stone-400'}
      >
        {t('count', { count: value.length.toLocaleString('en'), max: MAX_CHARS.toLocaleString('en') })}
        {over > 0 && <span role="status"> {t('tooLong', { over: over.toLocaleString('en'), max: MAX_CHARS.toLocaleString('en') })}</span>}
      </p>
    </div>
  );
}
