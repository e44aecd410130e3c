// Rendered inside a client island (the imported reader); no boundary of its own.
import { useTranslations } from 'next-intl';
import { sentenceUrl } from '@/lib/lookup';
import { sentenceCue } from '@/lib/textimport/title';
import { useSentenceLookup } from '../lookup/sentence-lookup-store';

type Props = { ko: string; number: number; translation: string | null; onEdit: () => void };

const TOOL =
  'inline-flex min-h-6 items-center rounded-sm text-sm font-medium text-teal-900 underline underline-offset-2 hover:no-underline dark:text-teal-200';

/**
 * A sentence of a text without English, in the English column, on a line of its own: the sentence's
 * opening words (side by side and English only, where the Korean is not right above; the links'
 * names carry the sentence's number), the learner's own translation, if any (as text), a link to
 * look the sentence up in this browser's translator (new tab), and a button to write or change the
 * translation.
 */
export default function SentenceTools({ ko, number, translation, onEdit }: Props) {
  const t = useTranslations('SentenceLookup');
  const { value } = useSentenceLookup();
  const { name, template } = value.translator;
  return (
    <span className="block py-0.5">
      <span lang="ko" aria-hidden="true" className="cue mr-2 text-sm text-stone-600 dark:text-stone-400">
        {sentenceCue(ko)}
      </span>
      {translation !== null && <span className="whitespace-pre-line">{translation} </span>}
      <span className="inline-flex flex-wrap items-baseline gap-x-2">
        <a
          href={sentenceUrl(template, ko)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('translateLabel', { name, number })}
          className={TOOL}
        >
          {t('translate', { name })}
        </a>
        <button type="button" onClick={onEdit} aria-label={t(translation === null ? 'addLabel' : 'editLabel', { number })} className={TOOL}>
          {t(translation === null ? 'add' : 'edit')}
        </button>
      </span>
    </span>
  );
}
