import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyProgress,
  importProgress,
  mergeProgress,
  migrateProgress,
  readingOn,
  readingPerDay,
  readingStreak,
  recordMarkedKnown,
  recordTextRead,
  updateWord,
  type Progress,
} from './index';

const TZ = process.env.TZ;
/** Node reads TZ again when it changes: local days are those of this zone from here on. */
const inZone = (zone: string) => {
  process.env.TZ = zone;
};
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

const read = (p: Progress, at: string, textId = 'a:seoul/1', words = 100, newWords = 10) =>
  recordTextRead(p, { textId, words, newWords }, new Date(at));

describe('words read per local day', () => {
  it('counts a page once per day, however often its end is reached', () => {
    let p = read(emptyProgress(), '2026-03-01T10:00:00+09:00');
    const again = read(p, '2026-03-01T18:00:00+09:00');
    expect(again).toBe(p);
    p = read(p, '2026-03-01T19:00:00+09:00', 'a:seoul/2', 50, 3);
    inZone('Asia/Seoul');
    expect(readingOn(p, '2026-03-01')).toEqual({ day: '2026-03-01', words: 150, newWords: 13, known: 0, texts: 2 });
  });

  it('in Seoul, a read at 23:30 and one at 00:30 fall on two days (one UTC day)', () => {
    inZone('Asia/Seoul');
    let p = read(emptyProgress(), '2026-03-01T23:30:00+09:00', 'a:x/1');
    p = read(p, '2026-03-02T00:30:00+09:00', 'a:x/2');
    expect(readingOn(p, '2026-03-01').texts).toBe(1);
    expect(readingOn(p, '2026-03-02').texts).toBe(1);
    // The same text twice: counted on each of the two days.
    let q = read(emptyProgress(), '2026-03-01T23:30:00+09:00');
    q = read(q, '2026-03-02T00:30:00+09:00');
    expect(Object.keys(q.reading!)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('in UTC, the same two moments fall on one day', () => {
    inZone('UTC');
    let p = read(emptyProgress(), '2026-03-01T23:30:00+09:00', 'a:x/1');
    p = read(p, '2026-03-02T00:30:00+09:00', 'a:x/2');
    expect(readingOn(p, '2026-03-01').words).toBe(200);
  });

  it('across a spring-forward day (New York, 8 March 2026: 23 hours) days stay calendar days', () => {
    inZone('America/New_York');
    let p = emptyProgress();
    for (const at of ['2026-03-07T23:30:00-05:00', '2026-03-08T00:30:00-05:00', '2026-03-08T23:30:00-04:00', '2026-03-09T00:30:00-04:00'])
      p = read(p, at, `a:${at}`);
    expect(readingOn(p, '2026-03-07').texts).toBe(1);
    expect(readingOn(p, '2026-03-08').texts).toBe(2);
    expect(readingOn(p, '2026-03-09').texts).toBe(1);
    const days = readingPerDay(p, new Date('2026-03-09T12:00:00-04:00'), 30);
    expect(days).toHaveLength(30);
    expect(new Set(days.map((d) => d.day)).size).toBe(30);
    expect(days.at(-1)!.day).toBe('2026-03-09');
    expect(days.at(-2)!.day).toBe('2026-03-08');
    expect(days[0]!.day).toBe('2026-02-08');
    expect(readingStreak(p, new Date('2026-03-09T12:00:00-04:00'))).toBe(3);
  });

  it('across a fall-back day (London, 25 October 2026: 25 hours) 00:30 and 23:30 are one day', () => {
    inZone('Europe/London');
    let p = read(emptyProgress(), '2026-10-25T00:30:00+01:00', 'a:x/1');
    p = read(p, '2026-10-25T23:30:00+00:00', 'a:x/2');
    expect(readingOn(p, '2026-10-25').texts).toBe(2);
    expect(readingPerDay(p, new Date('2026-10-26T09:00:00Z'), 3).map((d) => [d.day, d.texts])).toEqual([
      ['2026-10-24', 0],
      ['2026-10-25', 2],
      ['2026-10-26', 0],
    ]);
  });
});

describe('reading streak', () => {
  it('counts days in a row up to today, or up to yesterday before anything is read today; a gap ends it', () => {
    inZone('Asia/Seoul');
    let p = emptyProgress();
    for (const day of ['2026-02-25', '2026-02-27', '2026-02-28', '2026-03-01']) p = read(p, `${day}T21:00:00+09:00`);
    expect(readingStreak(p, new Date('2026-03-01T22:00:00+09:00'))).toBe(3);
    expect(readingStreak(p, new Date('2026-03-02T08:00:00+09:00'))).toBe(3);
    expect(readingStreak(p, new Date('2026-03-03T08:00:00+09:00'))).toBe(0);
    expect(readingStreak(emptyProgress(), new Date('2026-03-03T08:00:00+09:00'))).toBe(0);
  });

  it('marking words known without reading to the end is not a reading day', () => {
    const p = recordMarkedKnown(emptyProgress(), 5, new Date('2026-03-01T12:00:00Z'));
    expect(readingStreak(p, new Date('2026-03-01T13:00:00Z'))).toBe(0);
  });
});

describe('words marked known', () => {
  const NOW = new Date('2026-03-01T12:00:00');
  it('updateWord counts a word set known, not one already known; taking back a known set by hand counts back', () => {
    let p = updateWord(emptyProgress(), 'w:짓다', '짓다', { status: 'known' }, NOW);
    p = updateWord(p, 'w:짓다', '짓다', { status: 'known' }, NOW);
    p = updateWord(p, 'w:가다', '가다', { status: 'learning' }, NOW);
    p = updateWord(p, 'w:오다', '오다', { saved: true }, NOW);
    expect(readingOn(p, '2026-03-01').known).toBe(1);
    p = updateWord(p, 'w:짓다', '짓다', { status: 'new' }, NOW);
    expect(readingOn(p, '2026-03-01').known).toBe(0);
  });

  it('recordMarkedKnown adds, and its undo takes back', () => {
    let p = recordMarkedKnown(emptyProgress(), 37, NOW, 'tab1');
    expect(readingOn(p, '2026-03-01').known).toBe(37);
    p = recordMarkedKnown(p, -37, NOW, 'tab1');
    expect(readingOn(p, '2026-03-01').known).toBe(0);
    expect(recordMarkedKnown(p, 0, NOW)).toBe(p);
    expect(recordMarkedKnown(p, Number.NaN, NOW)).toBe(p);
  });
});

describe('merging reading stats never loses and never counts twice', () => {
  const NOW = new Date('2026-03-01T12:00:00');
  const tabA = recordMarkedKnown(read(emptyProgress(), '2026-03-01T10:00:00', 'a:one/1', 300, 20), 4, NOW, 'A');
  const tabB = recordMarkedKnown(read(emptyProgress(), '2026-03-01T11:00:00', 'i:two', 200, 5), 6, NOW, 'B');

  it('keeps both tabs’ reading of the same day', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(readingOn(merged, '2026-03-01')).toEqual({ day: '2026-03-01', words: 500, newWords: 25, known: 10, texts: 2 });
  });

  it('is idempotent and commutative: merging with itself or again changes nothing', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(mergeProgress(merged, merged)).toEqual(merged);
    expect(mergeProgress(merged, tabA)).toEqual(merged);
    expect(mergeProgress(tabB, tabA)).toEqual(merged);
  });

  it('the same page read in two tabs counts once; a later count of one writer wins over its earlier one', () => {
    const twice = mergeProgress(tabA, read(emptyProgress(), '2026-03-01T15:00:00', 'a:one/1', 300, 20));
    expect(readingOn(twice, '2026-03-01').words).toBe(300);
    const later = recordMarkedKnown(tabA, 3, NOW, 'A');
    expect(readingOn(mergeProgress(tabA, later), '2026-03-01').known).toBe(7);
    const undone = recordMarkedKnown(later, -3, NOW, 'A');
    expect(readingOn(mergeProgress(later, undone), '2026-03-01').known).toBe(4);
  });

  it('old data without reading stats stays valid and merges with new data', () => {
    const old = migrateProgress(JSON.stringify({ version: 3, words: {}, cards: {}, reviews: [], drills: [] }));
    expect(old.reading).toBeUndefined();
    expect(mergeProgress(old, old)).not.toHaveProperty('reading');
    expect(mergeProgress(old, tabA).reading).toEqual(tabA.reading);
    expect(migrateProgress(JSON.stringify(tabA)).reading).toEqual(tabA.reading);
  });

  it('an import keeps good days and reports a bad one', () => {
    const file = JSON.stringify({
      ...tabB,
      reading: {
        ...tabB.reading,
        yesterday: { texts: {}, known: {} },
        '2026-02-28': { texts: { x: { words: -1, newWords: 0 } }, known: {} },
      },
    });
    const report = importProgress(tabA, file);
    expect(readingOn(report.progress, '2026-03-01').words).toBe(500);
    expect(report.rejected.map((r) => r.entry).sort()).toEqual(['reading.2026-02-28', 'reading.yesterday']);
  });
});
