// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { wordIdFor } from '@/lib/practice';
import { headwordOf, isContentWord } from '@/lib/korean/browser';
import type { WordPart, WordPayload } from '@/lib/payload';
import type { Target } from './popover-triggers';
import { useTranslations } from 'next-intl';
import LookupLinks from '../lookup/LookupLinks';
import { subscribeLookups } from '../lookup/lookup-store';
import { subscribeProgress } from '../practice/progress-store';
import MyTermCard from './MyTermCard';
import WordActions from './WordActions';
import WordGloss from './WordGloss';
import WordPatterns from './WordPatterns';
import type { WordData } from './use-word-data';
import type { PopoverLabels } from './WordPopover';
import { own } from '@/lib/own';

type Props = {
  target: Target;
  data: WordData;
  locale: string;
  labels: PopoverLabels;
  canSpeak: boolean;
  speak: (text: string) => void;
  retry: () => void;
  close: () => void;
  /** Whether "Parts and grammar" is unfolded: kept by the popover, so the choice holds from word to word. */
  detailsOpen: boolean;
  toggleDetails: () => void;
};

let primed = false;
/**
 * Reads progress and the look-up list from storage as the card's code arrives, so the card's
 * controls (save, status, your meaning, look-ups) are all there when it first paints.
 */
export function primeStores() {
  if (primed) return;
  primed = true;
  subscribeProgress(() => {});
  subscribeLookups(() => {});
}

export { placePopover } from './popover-place';

/**
 * The popover's content, compact: the word, its reading and gloss first, then the learner's
 * controls and look-ups; its parts and grammar below, folded behind a disclosure button.
 */
export default function PopoverCard({ target, data, locale, labels, canSpeak, speak, retry, close, detailsOpen, toggleDetails }: Props) {
  const t = useTranslations('WordPopover');
  if (data.status !== 'ready') {
    return data.status === 'error' ? (
      <p role="alert">
        {labels.error}{' '}
        <button type="button" onClick={retry} className="underline">
          ↻
        </button>
      </p>
    ) : (
      <p role="status">{labels.loading}</p>
    );
  }
  const { payload } = data;
  const term = target.termId ? own(payload.terms, target.termId) : undefined;
  const words = target.words.map((key) => own(payload.words, key)).filter((w) => w !== undefined);
  const word = words[0];
  const spoken = term?.headword ?? words.map((w) => w.surface).join(' ');
  const lemma = term?.headword ?? word?.lemma ?? null;
  const gloss = term?.english ?? word?.gloss?.text ?? null;
  const content = term || isContentWord(word?.wordClass);
  const parts = words.flatMap((w) => w.parts);
  const uses = [...new Map(words.flatMap((w) => w.patterns).map((use) => [`${use.key}:${use.words.join()}`, use])).values()];
  const sentenceId = target.words[0] ? target.words[0].slice(0, target.words[0].lastIndexOf(':')) : null;
  const hasDetails = parts.length > 0 || (sentenceId !== null && uses.length > 0);
  const detailsId = 'word-popover-details';
  // The word as written, without the sentence's punctuation around it (빌렸다. → 빌렸다).
  const headword = term ? term.headword : word && headwordOf(word.surface);
  // A word in Latin letters (AI, GPU) is its own reading: not written twice.
  const romanization = term ? term.romanization : target.romanization;
  const reading = romanization && romanization.toLowerCase() !== headword?.toLowerCase() ? romanization : null;
  return (
    <div className="space-y-2">
      <div className="flex items-start justify-between gap-2">
        <p className="min-w-0">
          <span lang="ko" className="text-lg font-bold">
            {headword}
          </span>
          {reading && <span className="ml-2 text-stone-600 dark:text-stone-400">{reading}</span>}
        </p>
        <button
          type="button"
          onClick={close}
          aria-label={labels.close}
          className="-mr-1 -mt-1 min-h-8 min-w-8 rounded text-lg leading-none hover:bg-stone-100 dark:hover:bg-stone-800"
        >
          ×
        </button>
      </div>
      {target.myTerm && <MyTermCard termKey={target.myTerm} locale={locale} />}
      {term ? (
        <div>
          <p className="font-medium">{term.english}</p>
          <p className="text-stone-700 dark:text-stone-300">
            <span className="sr-only">{labels.definition}: </span>
            {term.definition}
          </p>
        </div>
      ) : word ? (
        <>
          {(word.lemma || word.wordClass) && (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {[word.lemma && `${labels.lemma}: ${word.lemma}`, word.wordClass && labels.classes[word.wordClass]]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          <WordGloss lemma={word.lemma} termId={null} gloss={word.gloss} />
        </>
      ) : null}
      {content && lemma && (
        <WordActions wordId={wordIdFor(lemma, target.termId)} lemma={lemma} gloss={gloss} termId={target.termId} labels={labels} />
      )}
      {(canSpeak || target.termId) && (
        <div className="flex flex-wrap items-center gap-3">
          {canSpeak && (
            <button
              type="button"
              onClick={() => speak(spoken)}
              className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600"
            >
              🔊 {labels.listen}
            </button>
          )}
          {target.termId && (
            <a href={`/${locale}/glossary/${target.termId}`} className="text-teal-800 underline dark:text-teal-300">
              {labels.openGlossary}
            </a>
          )}
        </div>
      )}
      {content && lemma && <LookupLinks lemma={lemma} labels={labels.lookup} />}
      {hasDetails && (
        <div className="border-t border-stone-200 pt-2 dark:border-stone-700">
          <button
            type="button"
            aria-expanded={detailsOpen}
            aria-controls={detailsId}
            onClick={toggleDetails}
            className="group flex min-h-8 w-full items-center gap-1 rounded text-left text-xs font-semibold uppercase tracking-wide text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
          >
            <span
              aria-hidden="true"
              className="inline-block w-3 transition-transform motion-reduce:transition-none group-aria-expanded:rotate-90"
            >
              ▸
            </span>
            {t('partsAndGrammar')}
          </button>
          <div id={detailsId} hidden={!detailsOpen} className="mt-1 space-y-2">
            {detailsOpen && parts.length > 0 && (
              <div>
                <p className="text-xs font-semibold text-stone-600 dark:text-stone-400">{labels.breakdown}</p>
                <ul className="mt-1 space-y-1">
                  {parts.map((part, i) => (
                    <Part key={i} part={part} payload={payload} labels={labels} />
                  ))}
                </ul>
              </div>
            )}
            {detailsOpen && sentenceId !== null && <WordPatterns sentenceId={sentenceId} uses={uses} patterns={payload.patterns} />}
          </div>
        </div>
      )}
      <p className="sr-only">{labels.keyboardHint}</p>
    </div>
  );
}

function Part({ part, payload, labels }: { part: WordPart; payload: WordPayload; labels: PopoverLabels }) {
  const { form, wordClass, lemma } = part;
  const grammar = part.grammar ? own(payload.grammar, part.grammar) : undefined;
  return (
    <li>
      <span lang="ko" className="font-semibold">
        {form}
      </span>{' '}
      <span className="text-stone-600 dark:text-stone-400">
        {labels.classes[wordClass]}
        {lemma !== form && !grammar ? ` (${lemma})` : ''}
      </span>
      {grammar && (
        <span className="block pl-3 text-stone-700 dark:text-stone-300">
          <span lang="ko">{grammar.label}</span>: {grammar.fn}
          {grammar.batchim && <span className="block text-xs text-stone-600 dark:text-stone-400">{grammar.batchim}</span>}
        </span>
      )}
    </li>
  );
}
