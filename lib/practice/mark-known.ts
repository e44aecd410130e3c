import { cardId, DIRECTIONS, type Status } from './cards';
import { recordMarkedKnown } from './reading-stats';
import type { Progress, StoredWord } from './schema';
import { updateWord } from './status';

/** The reader's status keys: 1 new, 2 learning, 3 known, 0 or i ignore. */
export const STATUS_KEYS: Readonly<Record<string, Status>> = { '1': 'new', '2': 'learning', '3': 'known', '0': 'ignored', i: 'ignored' };

/** The status a key sets, or null. e.g. statusForKey('3') → 'known'; statusForKey('I') → 'ignored' */
export const statusForKey = (key: string): Status | null =>
  Object.hasOwn(STATUS_KEYS, key.toLowerCase()) ? STATUS_KEYS[key.toLowerCase()]! : null;

/** A word of the page being read: its word id, and the lemma (and glossary term) stored with it. */
export type PageWord = { id: string; lemma: string; termId: string | null };

/**
 * Sets a word's status by hand (a key in the reader). The same status set again changes nothing
 * (the same object comes back, and nothing is written); any other is kept, even 'new' on a word no
 * one has touched: the learner has said so, and "mark the rest as known" leaves it alone.
 * e.g. setStatus(p, { id: 'w:짓다', lemma: '짓다', termId: null }, 'ignored')
 */
export function setStatus(progress: Progress, word: PageWord, status: Status, now = new Date()): Progress {
  if (progress.words[word.id]?.status === status) return progress;
  // updateWord keeps the entry's other fields and counts a word set known in today's reading stats.
  return updateWord(progress, word.id, word.lemma, { status, ...(word.termId ? { termId: word.termId } : {}) }, now);
}

/**
 * Whether "mark the rest as known" may change this word: the learner has done nothing with it (no
 * status set by hand, not in My words, no meaning of their own, never reviewed). Ignored words, words
 * set to new, learning or known, and glossary terms the learner marked are all left alone.
 */
export function isUntouched(progress: Progress, wordId: string): boolean {
  const word = progress.words[wordId];
  if (word && (word.status || word.saved || word.myGloss !== undefined)) return false;
  return DIRECTIONS.every((d) => progress.cards[cardId(wordId, d)] === undefined);
}

/** The page's words (each id once, in page order) that "mark the rest as known" would mark. */
export function remainingNewWords(progress: Progress, words: Iterable<PageWord>): PageWord[] {
  const seen = new Set<string>();
  const out: PageWord[] = [];
  for (const word of words) {
    if (seen.has(word.id)) continue;
    seen.add(word.id);
    if (isUntouched(progress, word.id)) out.push(word);
  }
  return out;
}

/** What an undo needs: when the words were marked, and each one's stored entry before (null: none). */
export type MarkKnownUndo = { at: string; before: [string, StoredWord | null][] };

/**
 * Marks every untouched word of the page known, in one new record (one write, however long the page).
 * e.g. on a page of 짓다 (untouched) and 쏟아붓다 (learning): only 짓다 becomes known.
 */
export function markRestKnown(
  progress: Progress,
  words: Iterable<PageWord>,
  now = new Date(),
): { progress: Progress; undo: MarkKnownUndo } {
  const at = now.toISOString();
  const rest = remainingNewWords(progress, words);
  const next = { ...progress.words };
  const before: MarkKnownUndo['before'] = [];
  for (const word of rest) {
    const old = progress.words[word.id] ?? null;
    before.push([word.id, old]);
    next[word.id] = {
      ...(old ?? { lemma: word.lemma, saved: false }),
      ...(word.termId ? { termId: word.termId } : {}),
      status: 'known',
      updatedAt: at,
    };
  }
  return { progress: rest.length ? recordMarkedKnown({ ...progress, words: next }, rest.length, now) : progress, undo: { at, before } };
}

/**
 * Undoes "mark the rest as known": each word still as it was marked gets its earlier entry back (an
 * entry with no status where it had none, dated now so that it wins merges with other tabs). A word
 * the learner has changed since keeps that change. Returns the ids restored.
 */
export function undoMarkKnown(progress: Progress, undo: MarkKnownUndo, now = new Date()): { progress: Progress; restored: string[] } {
  const updatedAt = now.toISOString();
  const next = { ...progress.words };
  const restored: string[] = [];
  for (const [id, old] of undo.before) {
    const current = progress.words[id];
    if (!current || current.status !== 'known' || current.updatedAt !== undo.at) continue;
    const { status: _marked, ...rest } = current;
    next[id] = old ? { ...old, updatedAt } : { ...rest, updatedAt };
    restored.push(id);
  }
  return { progress: restored.length ? recordMarkedKnown({ ...progress, words: next }, -restored.length, now) : progress, restored };
}

/**
 * Words newly marked known in the reader: by the key 3 (`how: 'key'`) or by "mark the rest as known"
 * (`'rest'`); `undone`: an undo took these back. For reading stats.
 */
export type WordsMarkedKnown = { wordIds: string[]; how: 'key' | 'rest'; undone: boolean; at: string };
type Listener = (event: WordsMarkedKnown) => void;
const listeners = new Set<Listener>();

/** Calls `listener` each time words are marked known (or the marking is undone); returns the unsubscribe. */
export function onWordsMarkedKnown(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tells every listener that words were marked known (the reader calls this after the write). */
export function announceWordsMarkedKnown(event: WordsMarkedKnown) {
  if (event.wordIds.length === 0) return;
  for (const listener of listeners) listener(event);
}
