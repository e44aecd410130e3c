import { describe, expect, it } from 'vitest';
import { dayKey } from './day';
import { readingOn } from './reading-stats';
import { gradeCard } from './schedule';
import {
  cardId,
  emptyProgress,
  importProgress,
  isUntouched,
  markRestKnown,
  mergeProgress,
  migrateProgress,
  onWordsMarkedKnown,
  announceWordsMarkedKnown,
  remainingNewWords,
  setStatus,
  statusCounts,
  statusForKey,
  undoMarkKnown,
  updateWord,
  wordStatus,
  type PageWord,
  type Progress,
  type Status,
} from './index';

const T0 = new Date('2026-03-01T09:00:00Z');
const T1 = new Date('2026-03-01T09:05:00Z');
const T2 = new Date('2026-03-01T09:10:00Z');
const word = (lemma: string, termId: string | null = null): PageWord => ({ id: termId ? `t:${termId}` : `w:${lemma}`, lemma, termId });
const 짓다 = word('짓다');
const 쏟아붓다 = word('쏟아붓다');
const 데이터센터 = word('데이터센터', 'data-center');
const 마이크로소프트 = word('마이크로소프트', 'microsoft');

describe('statusForKey: the reader’s keys', () => {
  it.each([
    ['1', 'new'],
    ['2', 'learning'],
    ['3', 'known'],
    ['0', 'ignored'],
    ['i', 'ignored'],
    ['I', 'ignored'],
  ] as const)('%s → %s', (key, status) => expect(statusForKey(key)).toBe(status));

  it.each(['4', '5', 'j', 'k', '?', ' ', 'Enter', 'constructor', '__proto__'])('%j sets nothing', (key) =>
    expect(statusForKey(key)).toBeNull(),
  );
});

describe('setStatus: status transitions from the keyboard', () => {
  const cases: [string, Status[], Status][] = [
    ['짓다: untouched → known', ['known'], 'known'],
    ['짓다: known → learning', ['known', 'learning'], 'learning'],
    ['짓다: learning → new (kept by hand)', ['learning', 'new'], 'new'],
    ['짓다: new → ignored', ['new', 'ignored'], 'ignored'],
    ['짓다: ignored → known', ['ignored', 'known'], 'known'],
  ];
  it.each(cases)('%s', (_, steps, status) => {
    let progress = emptyProgress();
    for (const s of steps) progress = setStatus(progress, 짓다, s, T0);
    expect(wordStatus(progress, 짓다.id)).toBe(status);
    expect(progress.words[짓다.id]).toMatchObject({ lemma: '짓다', saved: false, status });
  });

  it('the same status again changes nothing (no write)', () => {
    const once = setStatus(emptyProgress(), 짓다, 'learning', T0);
    expect(setStatus(once, 짓다, 'learning', T1)).toBe(once);
  });

  it('keeps what else the word holds: saved, own meaning, gloss; a term keeps its id', () => {
    let progress = updateWord(emptyProgress(), 짓다.id, '짓다', { saved: true, myGloss: 'to build', gloss: 'to make' }, T0);
    progress = setStatus(progress, 짓다, 'ignored', T1);
    expect(progress.words[짓다.id]).toEqual({
      lemma: '짓다',
      saved: true,
      myGloss: 'to build',
      gloss: 'to make',
      status: 'ignored',
      updatedAt: T1.toISOString(),
    });
    expect(setStatus(emptyProgress(), 데이터센터, 'known', T0).words['t:data-center']).toMatchObject({
      termId: 'data-center',
      status: 'known',
    });
  });

  it('a status set by hand wins over reviews', () => {
    let progress = gradeCard(emptyProgress(), cardId(짓다.id, 'recognition'), 3, T0);
    expect(wordStatus(progress, 짓다.id)).toBe('learning');
    progress = setStatus(progress, 짓다, 'known', T1);
    expect(wordStatus(progress, 짓다.id)).toBe('known');
  });
});

describe('mark the rest as known: what it never touches', () => {
  // A page of six words: two untouched, the others each touched in one way.
  const page = [짓다, 쏟아붓다, 데이터센터, 마이크로소프트, word('자리'), word('주목'), 짓다];
  let before: Progress = emptyProgress();
  before = setStatus(before, 마이크로소프트, 'ignored', T0); // ignored (a name)
  before = setStatus(before, 쏟아붓다, 'learning', T0); // a status set by hand
  before = gradeCard(before, cardId(데이터센터.id, 'recall'), 3, T0); // a glossary term under review
  before = updateWord(before, 'w:자리', '자리', { saved: true }, T0); // in My words
  before = updateWord(before, 'w:주목', '주목', { myGloss: 'attention' }, T0); // a meaning of their own

  it('counts each untouched word once, in page order', () => {
    expect(remainingNewWords(before, page).map((w) => w.id)).toEqual(['w:짓다']);
  });

  it.each([
    ['an ignored name (마이크로소프트)', 't:microsoft', 'ignored'],
    ['a status set by hand (쏟아붓다)', 'w:쏟아붓다', 'learning'],
    ['a glossary term under review (데이터센터)', 't:data-center', 'learning'],
    ['a word in My words (자리)', 'w:자리', 'new'],
    ['a word with the learner’s own meaning (주목)', 'w:주목', 'new'],
  ])('leaves %s alone', (_, id, status) => {
    const { progress } = markRestKnown(before, page, T1);
    expect(isUntouched(before, id)).toBe(false);
    expect(wordStatus(progress, id)).toBe(status);
    expect(progress.words[id]).toEqual(before.words[id]);
  });

  it('a word set to new by hand is a status set otherwise: not marked', () => {
    const set = setStatus(emptyProgress(), 짓다, 'new', T0);
    expect(remainingNewWords(set, [짓다])).toEqual([]);
    expect(markRestKnown(set, [짓다], T1).progress).toBe(set);
  });

  it('marks the untouched words known in one record, and the counts move with it', () => {
    const ids = page.map((w) => w.id);
    const { progress, undo } = markRestKnown(before, page, T1);
    expect(progress.words['w:짓다']).toEqual({ lemma: '짓다', saved: false, status: 'known', updatedAt: T1.toISOString() });
    expect(undo.before).toEqual([['w:짓다', null]]);
    expect(statusCounts(before, ids)).toMatchObject({ known: 0, ignored: 1, total: 5 });
    expect(statusCounts(progress, ids)).toMatchObject({ known: 1, ignored: 1, total: 5 });
    expect(remainingNewWords(progress, page)).toEqual([]);
  });

  it('an untouched entry (saved then removed) is marked, and its own fields are kept', () => {
    const once = updateWord(
      updateWord(emptyProgress(), 짓다.id, '짓다', { saved: true, gloss: 'to build' }, T0),
      짓다.id,
      '짓다',
      { saved: false },
      T0,
    );
    const { progress, undo } = markRestKnown(once, [짓다], T1);
    expect(progress.words[짓다.id]).toMatchObject({ gloss: 'to build', status: 'known' });
    expect(undoMarkKnown(progress, undo, T2).progress.words[짓다.id]).toEqual({ ...once.words[짓다.id], updatedAt: T2.toISOString() });
  });
});

describe('undo restores exactly the previous statuses', () => {
  const page = [짓다, 쏟아붓다, 데이터센터];
  const before = setStatus(emptyProgress(), 쏟아붓다, 'learning', T0);

  it('every status is as before, and the restored entries are newer than the marking (they win merges)', () => {
    const marked = markRestKnown(before, page, T1);
    const { progress, restored } = undoMarkKnown(marked.progress, marked.undo, T2);
    expect(restored.sort()).toEqual(['t:data-center', 'w:짓다']);
    for (const w of page) expect(wordStatus(progress, w.id)).toBe(wordStatus(before, w.id));
    expect(progress.words['w:짓다']).toEqual({ lemma: '짓다', saved: false, updatedAt: T2.toISOString() });
    // Another tab that still holds the marked record: the undo wins the merge either way round.
    for (const merged of [mergeProgress(marked.progress, progress), mergeProgress(progress, marked.progress)])
      expect(wordStatus(merged, 'w:짓다')).toBe('new');
    // And the words can be marked again.
    expect(remainingNewWords(progress, page).map((w) => w.id)).toEqual(['w:짓다', 't:data-center']);
  });

  it('a word changed after the marking keeps the change', () => {
    const marked = markRestKnown(before, page, T1);
    const changed = setStatus(marked.progress, 짓다, 'learning', T2);
    const { progress, restored } = undoMarkKnown(changed, marked.undo, T2);
    expect(restored).toEqual(['t:data-center']);
    expect(wordStatus(progress, 'w:짓다')).toBe('learning');
  });

  it('nothing to mark: the same progress, and an undo that restores nothing', () => {
    const all = setStatus(setStatus(before, 짓다, 'known', T0), 데이터센터, 'ignored', T0);
    const marked = markRestKnown(all, page, T1);
    expect(marked.progress).toBe(all);
    expect(undoMarkKnown(all, marked.undo, T2)).toEqual({ progress: all, restored: [] });
  });
});

describe('the ignored status in storage', () => {
  it('survives a merge, an export and import, and a reload', () => {
    const mine = setStatus(emptyProgress(), 마이크로소프트, 'ignored', T1);
    const other = setStatus(emptyProgress(), 짓다, 'known', T0);
    const merged = mergeProgress(other, mine);
    expect(merged.words['t:microsoft']?.status).toBe('ignored');
    expect(merged.words['w:짓다']?.status).toBe('known');
    expect(importProgress(emptyProgress(), JSON.stringify(merged))).toMatchObject({ progress: merged, rejected: [] });
    expect(migrateProgress(JSON.stringify(merged))).toEqual(merged);
  });
});

describe('onWordsMarkedKnown: for reading stats', () => {
  it('tells each listener until it unsubscribes; an empty marking is not announced', () => {
    const heard: string[][] = [];
    const stop = onWordsMarkedKnown((e) => heard.push(e.wordIds));
    announceWordsMarkedKnown({ wordIds: ['w:짓다'], how: 'rest', undone: false, at: T1.toISOString() });
    announceWordsMarkedKnown({ wordIds: [], how: 'rest', undone: false, at: T1.toISOString() });
    stop();
    announceWordsMarkedKnown({ wordIds: ['w:자리'], how: 'key', undone: false, at: T1.toISOString() });
    expect(heard).toEqual([['w:짓다']]);
  });
});

describe("reading stats count what the reader's keys and 'mark the rest as known' change", () => {
  const now = new Date('2026-03-01T10:00:00');
  const day = dayKey(now);
  const w = (lemma: string): PageWord => ({ id: `w:${lemma}`, lemma, termId: null });

  it('key 3 counts one word known today; setting it back to learning takes it back; the same key twice counts once', () => {
    const known = setStatus(emptyProgress(), w('짓다'), 'known', now);
    expect(readingOn(known, day).known).toBe(1);
    expect(readingOn(setStatus(known, w('짓다'), 'known', now), day).known).toBe(1);
    expect(readingOn(setStatus(known, w('짓다'), 'learning', now), day).known).toBe(0);
  });

  it("'mark the rest as known' counts every word it marks, and its undo takes them all back", () => {
    const words = [w('짓다'), w('붓다'), w('자리')];
    const start = setStatus(emptyProgress(), w('붓다'), 'learning', now);
    const { progress, undo } = markRestKnown(start, words, now);
    expect(readingOn(progress, day).known).toBe(2);
    expect(readingOn(undoMarkKnown(progress, undo, now).progress, day).known).toBe(0);
  });
});
