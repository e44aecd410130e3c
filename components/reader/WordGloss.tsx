// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { checkMyGloss, lemmaWordId, myGlossOf, updateWord } from '@/lib/practice';
import type { GlossInfo } from '@/lib/payload';
import { useLazyProgress } from '../practice/use-lazy-progress';

type Props = { lemma: string | null; termId: string | null; gloss: GlossInfo | null };
type T = ReturnType<typeof useTranslations<'WordPopover'>>;

/**
 * A word's meaning: the learner's own first, then the best gloss the app found, labelled with its
 * source (dictionary, worked out from parts, a guess …); below, a field for "Your meaning".
 */
export default function WordGloss({ lemma, termId, gloss }: Props) {
  const t = useTranslations('WordPopover');
  const state = useLazyProgress();
  const mine = state?.ready && lemma ? myGlossOf(state.progress, lemma, termId) : null;
  return (
    <div className="space-y-1">
      {mine && <GlossText text={mine} source={t('glossSource.yours')} t={t} />}
      {gloss ? (
        <GlossText text={describe(gloss, t)} source={t(`glossSource.${gloss.source}`)} hanja={gloss.hanja} t={t} muted={!!mine} />
      ) : (
        !mine && <p className="italic text-stone-600 dark:text-stone-400">{t('noGloss')}</p>
      )}
      {state?.ready && lemma && !termId && (
        <MyGlossField key={lemma} lemma={lemma} current={mine} guess={gloss?.source === 'guess' ? gloss.text : null} t={t} />
      )}
    </div>
  );
}

const NAME_KEY = { person: 'namePerson', place: 'namePlace', other: 'nameOther', 'probable-person': 'nameProbablePerson' } as const;

function describe(gloss: GlossInfo, t: T): string {
  const [first] = gloss.parts ?? [];
  if (gloss.source === 'name') return `${t(NAME_KEY[gloss.nameKind ?? 'other'])} · ${gloss.text}`;
  if (gloss.source === 'derived' && first && gloss.root) return `${gloss.text} — ${t('rootOf', { word: first.lemma, gloss: first.gloss })}`;
  if (gloss.source === 'derived' && first)
    return `${gloss.text} — ${t('derivedFrom', { base: first.lemma, gloss: first.gloss, affix: gloss.affix ?? '' })}`;
  if (gloss.source === 'compound' && gloss.parts) {
    return `${gloss.text} — ${t('compoundOf', { parts: gloss.parts.map((p) => `${p.lemma} “${p.gloss}”`).join(' + ') })}`;
  }
  return gloss.text;
}

function GlossText({ text, source, hanja, t, muted }: { text: string; source: string; hanja?: string; t: T; muted?: boolean }) {
  return (
    <p className={muted ? 'text-stone-700 dark:text-stone-300' : 'font-medium'}>
      {text}
      {hanja && (
        <span lang="ko" className="ml-1 text-stone-600 dark:text-stone-400">
          {hanja}
        </span>
      )}
      <span className="ml-2 text-xs text-stone-600 dark:text-stone-400">{t('glossFrom', { source })}</span>
    </p>
  );
}

function MyGlossField({ lemma, current, guess, t }: { lemma: string; current: string | null; guess: string | null; t: T }) {
  const state = useLazyProgress();
  const [text, setText] = useState(current ?? '');
  const [note, setNote] = useState<string | null>(null);
  if (!state?.ready) return null;
  const save = (value: string | null) => {
    if (value === null) {
      state.update((p) => updateWord(p, lemmaWordId(lemma), lemma, { myGloss: null }));
      setText('');
      return setNote(null);
    }
    const checked = checkMyGloss(value);
    if ('problem' in checked) return setNote(t(`myGloss_${checked.problem}`));
    state.update((p) => updateWord(p, lemmaWordId(lemma), lemma, { myGloss: checked.gloss }));
    setText(checked.gloss);
    setNote(t('myGlossSaved'));
  };
  const id = `my-gloss-${lemma}`;
  return (
    <form
      className="space-y-1 pt-1"
      onSubmit={(event) => {
        event.preventDefault();
        save(text);
      }}
    >
      <label htmlFor={id} className="block text-xs font-semibold text-stone-700 dark:text-stone-300">
        {t('myGloss')}
      </label>
      <div className="flex flex-wrap gap-1">
        <input
          id={id}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={400}
          autoComplete="off"
          title={t('myGlossHint', { lemma })}
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-950"
        />
        <button type="submit" className="rounded-md bg-teal-800 px-2 py-1 text-white">
          {t('myGlossSave')}
        </button>
        {guess && !current && (
          <button type="button" onClick={() => save(guess)} className="rounded-md border border-teal-700 px-2 py-1">
            {t('myGlossAccept')}
          </button>
        )}
        {current && (
          <button type="button" onClick={() => save(null)} className="rounded-md border border-stone-400 px-2 py-1">
            {t('myGlossClear')}
          </button>
        )}
      </div>
      {note && (
        <p role="status" className="text-xs text-stone-700 dark:text-stone-300">
          {note}
        </p>
      )}
    </form>
  );
}
