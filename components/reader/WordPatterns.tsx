// Rendered inside a client island (see README: server and client components); no boundary of its own.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { PatternInfo, PatternUse } from '@/lib/payload';
import { findReader } from './reader-dom';
import { own } from '@/lib/own';

type Props = { sentenceId: string; uses: PatternUse[]; patterns: Record<string, PatternInfo> };

/** Marks (or unmarks) the words of a sentence that a pattern spans, in the Korean column. */
function mark(sentenceId: string, words: number[] | null) {
  const root = findReader();
  for (const el of root?.querySelectorAll<HTMLElement>('[lang="ko"] .w[data-pattern]') ?? []) el.removeAttribute('data-pattern');
  if (!root || !words) return;
  const sentence = root.querySelector(`[lang="ko"] [data-sid="${CSS.escape(sentenceId)}"]`);
  for (const index of words) sentence?.querySelector(`.w[data-e="${index}"]`)?.setAttribute('data-pattern', '');
}

/**
 * The grammar patterns a word takes part in (-(으)ㄹ 수 있다: can), each explained as one unit;
 * pressing one marks all its words in the sentence.
 */
export default function WordPatterns({ sentenceId, uses, patterns }: Props) {
  const t = useTranslations('WordPopover');
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => () => mark(sentenceId, null), [sentenceId]);
  if (uses.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{t('patterns')}</p>
      <ul className="mt-1 space-y-1">
        {uses.map((use, i) => {
          const info = own(patterns, use.key);
          if (!info) return null;
          return (
            <li key={`${use.key}-${i}`}>
              <button
                type="button"
                aria-pressed={shown === i}
                onClick={() => {
                  const next = shown === i ? null : i;
                  setShown(next);
                  mark(sentenceId, next === null ? null : use.words);
                }}
                className="rounded-md border border-stone-300 px-2 py-1 text-left aria-pressed:border-amber-700 aria-pressed:bg-amber-50 dark:border-stone-600 dark:aria-pressed:bg-amber-950"
              >
                <span lang="ko" className="font-semibold">
                  {info.label}
                </span>
                : {info.fn}
                <span className="sr-only"> ({t('patternShow')})</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
