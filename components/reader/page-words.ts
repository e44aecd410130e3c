import { isContentWord } from '@/lib/korean/browser';
import { wordIdFor, type PageWord, type Status } from '@/lib/practice';
import type { WordPayload } from '@/lib/payload';
import { own } from '@/lib/own';

/**
 * The page's Korean words that take a status, in reading order: each word element (.w) and the word
 * it stands for (a glossary term's words all stand for the term). Published by useStatusColours once
 * the word data is here; the status keys and "mark the rest as known" read it.
 */
export type PageWords = Map<HTMLElement, PageWord>;

let current: PageWords | null = null;
const listeners = new Set<() => void>();

export const getPageWords = () => current;
export function subscribePageWords(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
export function publishPageWords(words: PageWords | null) {
  current = words;
  listeners.forEach((listener) => listener());
}

/** Reads the words of the reader's Korean column: content words by lemma, terms by their id. */
export function readPageWords(root: HTMLElement, payload: WordPayload): PageWords {
  const words: PageWords = new Map();
  for (const el of root.querySelectorAll<HTMLElement>('[lang="ko"] .w[data-e]')) {
    const sid = el.closest<HTMLElement>('[data-sid]')?.dataset.sid;
    const word = own(payload.words, `${sid}:${el.dataset.e}`);
    const termId = el.closest<HTMLElement>('a.term')?.dataset.term ?? null;
    const lemma = (termId ? own(payload.terms, termId)?.headword : null) || word?.lemma;
    if (!lemma || !(termId || isContentWord(word?.wordClass))) continue;
    words.set(el, { id: wordIdFor(lemma, termId), lemma, termId });
  }
  return words;
}

/** The word an element of the text stands for: a word (.w) or a term link (by its first word). */
export function wordOf(words: PageWords, el: Element): PageWord | null {
  const w = el.matches('.w') ? el : el.querySelector('.w[data-e]');
  return w instanceof HTMLElement ? (words.get(w) ?? null) : null;
}

/** Shows a word's new status on each of its elements at once, before React's next render does the same. */
export function paintStatus(words: PageWords, wordId: string, status: Status) {
  for (const [el, word] of words) if (word.id === wordId) el.dataset.status = status;
}

/** Puts each word's status on its elements (data-status), as `statusOf` gives it. */
export function paintStatuses(words: PageWords, statusOf: (wordId: string) => Status) {
  for (const [el, word] of words) el.dataset.status = statusOf(word.id);
}
