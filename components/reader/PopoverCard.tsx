'use client';

import type { WordPart, WordPayload } from '@/lib/reader';
import type { Target } from './popover-triggers';
import WordActions from './WordActions';
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
  const spoken = term?.[0] ?? words.map((w) => w[0]).join(' ');
  const lemma = term?.[0] ?? word?.[1] ?? null;
  const gloss = term?.[2] ?? word?.[3] ?? null;
  const content = term || (word?.[2] && ['noun', 'verb', 'adjective', 'adverb', 'proper noun'].includes(word[2]));
  return (
    <div className="space-y-3">
      <div className="flex items-start justify-between gap-2">
        <div>
          <p lang="ko" className="text-lg font-bold">
            {term ? term[0] : word?.[0]}
          </p>
          <p className="text-stone-600 dark:text-stone-400">
            {term
              ? `${term[1]} · ${term[2]}`
              : [target.romanization, word?.[1] && `${labels.lemma}: ${word[1]}`, word?.[2] && labels.classes[word[2]]]
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
          {term[3]}
        </p>
      ) : word ? (
        <p className={word[3] ? '' : 'italic text-stone-600 dark:text-stone-400'}>{word[3] ?? labels.noGloss}</p>
      ) : null}
      {words.length > 0 && (
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{labels.breakdown}</p>
          <ul className="mt-1 space-y-1">
            {words
              .flatMap((w) => w[4])
              .map((part, i) => (
                <Part key={i} part={part} payload={payload} labels={labels} />
              ))}
          </ul>
        </div>
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
      {content && lemma && (
        <WordActions
          wordId={target.termId ? `t:${target.termId}` : `w:${lemma}`}
          lemma={lemma}
          gloss={gloss}
          termId={target.termId}
          labels={labels}
        />
      )}
      <p className="sr-only">{labels.keyboardHint}</p>
    </div>
  );
}

function Part({ part, payload, labels }: { part: WordPart; payload: WordPayload; labels: PopoverLabels }) {
  const [form, wordClass, grammarKey, , lemma] = part;
  const grammar = grammarKey ? payload.grammar[grammarKey] : undefined;
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
          <span lang="ko">{grammar[0]}</span>: {grammar[1]}
          {grammar[2] && <span className="block text-xs text-stone-600 dark:text-stone-400">{grammar[2]}</span>}
        </span>
      )}
    </li>
  );
}
