import { describe, expect, it } from 'vitest';
import { cardDirections, frontOf, givesAway, maskAnswers, type DeckWord } from './deck';
import { formatInterval } from './interval';
import { previewIntervals, gradeCard } from './schedule';
import { emptyProgress } from './schema';

const word = (over: Partial<DeckWord>): DeckWord => ({ wordId: 't:x', ko: '', en: '', ...over });

describe('no card gives its answer away', () => {
  it.each([
    ['AI', ['AI'], true],
    ['GPU', ['GPU', '그래픽 처리 장치'], true],
    ['AI chip', ['AI chip'], true],
    ['AI chip', ['AI 칩'], false],
    ['domain', ['AI'], false],
    ['GPUs are now the main hardware', ['GPU'], true],
    ['인공지능의 약자로', ['인공지능'], true],
    ['data center', ['데이터센터'], false],
    ['SNS', ['social media'], false],
  ])('%s gives away %j: %s', (prompt, answers, expected) => expect(givesAway(prompt, answers)).toBe(expected));

  it('blanks every answer in a definition', () => {
    expect(maskAnswers('인공지능(artificial intelligence)의 약자로, AI는 …', ['AI', '인공지능', 'artificial intelligence'])).toBe(
      '___(___)의 약자로, ___는 …',
    );
  });

  it.each([
    // The headword is the English: no recognition card; recall asks with the definition, answers blanked
    [
      word({
        ko: 'AI',
        en: 'AI',
        enAliases: ['artificial intelligence'],
        accepted: ['인공지능'],
        note: 'Artificial intelligence: computer systems … AI …',
      }),
      ['recall'],
      'recall',
      '___: computer systems … ___ …',
      undefined,
    ],
    [
      word({ ko: 'GPU', en: 'GPU', rr: 'GPU', note: 'A graphics processing unit … GPUs are …', enAliases: ['graphics processing unit'] }),
      ['recall'],
      'recall',
      'A ___ … ___ are …',
      undefined,
    ],
    // The romanization spells the English: shown only on the back
    [word({ ko: 'AI 칩', en: 'AI chip', rr: 'AI chip' }), ['recognition', 'recall'], 'recognition', 'AI 칩', undefined],
    [word({ ko: 'AI 팩토리', en: 'AI factory', rr: 'AI paektori' }), ['recognition', 'recall'], 'recognition', 'AI 팩토리', 'AI paektori'],
    // A Konglish abbreviation: SNS → social media is worth a recognition card
    [word({ ko: 'SNS', en: 'social media', rr: 'SNS' }), ['recognition', 'recall'], 'recognition', 'SNS', undefined],
    [word({ ko: '인피니밴드', en: 'InfiniBand', rr: 'inpinibaendeu' }), ['recognition', 'recall'], 'recall', 'InfiniBand', undefined],
    // A saved word with no definition whose gloss is itself: no card at all
    [word({ ko: 'CPU', en: 'CPU' }), [], 'recall', '', undefined],
  ])('%#: %o', (w, directions, direction, text, sub) => {
    expect(cardDirections(w)).toEqual(directions);
    const front = frontOf(w, direction as 'recall' | 'recognition');
    expect([front.text, front.sub]).toEqual([text, sub]);
  });
});

describe('grade buttons show the next interval, as Anki does', () => {
  it.each([
    [60_000, '1 minute'],
    [10 * 60_000, '10 minute'],
    [90 * 60_000, '1.5 hour'],
    [2 * 86_400_000, '2 day'],
    [8 * 86_400_000, '8 day'],
    [36 * 86_400_000, '1.2 month'],
    [60 * 86_400_000, '2 month'],
    [400 * 86_400_000, '1.1 year'],
  ])('%d ms → %s', (ms, shown) => {
    const { value, unit } = formatInterval(ms);
    expect(`${value} ${unit}`).toBe(shown);
  });

  const now = new Date('2026-11-28T09:00:00.000Z');
  it('a new card: Again 1m, Hard 6m, Good 10m, Easy 8d (FSRS defaults, no fuzz)', () => {
    const shown = Object.values(previewIntervals(emptyProgress(), 't:gpu#recall', now)).map((ms) => formatInterval(ms));
    expect(shown.map(({ value, unit }) => `${value} ${unit}`)).toEqual(['1 minute', '6 minute', '10 minute', '8 day']);
  });

  it('each interval is when grading that card now would bring it back', () => {
    const id = 't:gpu#recall';
    let p = gradeCard(emptyProgress(), id, 3, now);
    const later = new Date(p.cards[id]!.due);
    p = gradeCard(p, id, 3, later);
    const next = new Date(p.cards[id]!.due);
    const preview = previewIntervals(p, id, next);
    for (const grade of [1, 2, 3, 4] as const) {
      const due = new Date(gradeCard(p, id, grade, next).cards[id]!.due).getTime();
      expect(preview[grade]).toBe(due - next.getTime());
    }
    expect(preview[1]).toBeLessThan(preview[3]);
    expect(formatInterval(preview[3]).unit).toBe('day');
  });
});
