// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { wordIdFor } from '@/lib/practice';
import { isContentWord } from '@/lib/korean/browser';
import type { WordPart, WordPayload } from '@/lib/payload';
import type { Target } from './popover-triggers';
import LookupLinks from '../lookup/LookupLinks';
import WordActions from './WordActions';
import WordGloss from './WordGloss';
import WordPatterns from './WordPatterns';
import type { WordData } from './use-word-data';
import type { PopoverLabels } from './WordPopover';

type Props = {
  target: Target;
  data: WordData;
  locale: string;
  labels: PopoverLabels;
  canSpeak: boolean;
  speak: (text: string) => void;
  retry: () => void;
  close: () => void;
};

/** The popover's content: a term's headword and definition, or a word's lemma and gloss, then its parts. */
export default function PopoverCard({ target, data, locale, labels, canSpeak, speak, retry, close }: Props) {
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
  const term = target.termId ? payload.terms[target.termId] : undefined;
  const words = target.words.map((key) => payload.words[key]).filter((w) => w !== undefined);
  const word = words[0];
  const spoken = term?.headword ?? words.map((w) => w.surface).join(' ');
  const lemma = term?.headword ?? word?.lemma ?? null;
  const gloss = term?.english ?? word?.gloss?.text ?? null;
  const content = term || isContentWord(word?.wordClass);
  return (
    <div className="space-y-3">
      <div className="flex items-start justify-between gap-2">
        <div>
          <p lang="ko" className="text-lg font-bold">
            {term ? term.headword : word?.surface}
          </p>
          <p className="text-stone-600 dark:text-stone-400">
            {term
              ? `${term.romanization} · ${term.english}`
              : [target.romanization, word?.lemma && `${labels.lemma}: ${word.lemma}`, word?.wordClass && labels.classes[word.wordClass]]
                  .filter(Boolean)
                  .join(' · ')}
          </p>
        </div>
        <button
          type="button"
          onClick={close}
          aria-label={labels.close}
          className="rounded px-2 text-lg leading-none hover:bg-stone-100 dark:hover:bg-stone-800"
        >
          ×
        </button>
      </div>
      {term ? (
        <p>
          <span className="sr-only">{labels.definition}: </span>
          {term.definition}
        </p>
      ) : word ? (
        <WordGloss lemma={word.lemma} termId={null} gloss={word.gloss} />
      ) : null}
      {words.length > 0 && (
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{labels.breakdown}</p>
          <ul className="mt-1 space-y-1">
            {words
              .flatMap((w) => w.parts)
              .map((part, i) => (
                <Part key={i} part={part} payload={payload} labels={labels} />
              ))}
          </ul>
        </div>
      )}
      {target.words[0] && (
        <WordPatterns
          sentenceId={target.words[0].slice(0, target.words[0].lastIndexOf(':'))}
          uses={[...new Map(words.flatMap((w) => w.patterns).map((use) => [`${use.key}:${use.words.join()}`, use])).values()]}
          patterns={payload.patterns}
        />
      )}
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
      {content && lemma && <LookupLinks lemma={lemma} labels={labels.lookup} />}
      {content && lemma && (
        <WordActions wordId={wordIdFor(lemma, target.termId)} lemma={lemma} gloss={gloss} termId={target.termId} labels={labels} />
      )}
      <p className="sr-only">{labels.keyboardHint}</p>
    </div>
  );
}

function Part({ part, payload, labels }: { part: WordPart; payload: WordPayload; labels: PopoverLabels }) {
  const { form, wordClass, lemma } = part;
  const grammar = part.grammar ? payload.grammar[part.grammar] : undefined;
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
