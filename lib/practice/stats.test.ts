import { describe, expect, it } from 'vitest';
import { gradeCard } from './schedule';
import { cardId, emptyProgress, statusCounts, updateWord, wordStatus } from './index';

const NOW = new Date('2026-03-01T09:00:00Z');

describe('statusCounts: the one count behind the library card and the practice page', () => {
  // One known by hand, one reviewed once (learning), one saved and never reviewed (new).
  let progress = updateWord(emptyProgress(), 'w:쏟아붓다', '쏟아붓다', { saved: true, status: 'known' }, NOW);
  progress = gradeCard(progress, cardId('t:infiniband', 'recognition'), 3, NOW);
  progress = updateWord(progress, 'w:짓다', '짓다', { saved: true }, NOW);

  it('counts each word once by its status', () => {
    const counts = statusCounts(progress, ['w:쏟아붓다', 't:infiniband', 'w:짓다', 't:ai', 'w:쏟아붓다']);
    expect(counts).toEqual({ new: 2, learning: 1, known: 1, ignored: 0, total: 4 });
    expect(counts.new + counts.learning + counts.known).toBe(counts.total);
  });

  it('counts only the words asked about: a saved or reviewed word outside them is not counted', () => {
    expect(statusCounts(progress, ['t:ai', 'w:쏟아붓다'])).toEqual({ new: 1, learning: 0, known: 1, ignored: 0, total: 2 });
    expect(statusCounts(progress, [])).toEqual({ new: 0, learning: 0, known: 0, ignored: 0, total: 0 });
  });

  it('leaves ignored words out of the total: 마이크로소프트 (a name) is not a word to learn', () => {
    const ignored = updateWord(progress, 't:microsoft', '마이크로소프트', { status: 'ignored' }, NOW);
    expect(statusCounts(ignored, ['t:microsoft', 'w:쏟아붓다', 't:ai'])).toEqual({ new: 1, learning: 0, known: 1, ignored: 1, total: 2 });
  });

  it('agrees with wordStatus word by word', () => {
    const ids = ['w:쏟아붓다', 't:infiniband', 'w:짓다', 't:ai'];
    expect(statusCounts(progress, ids).known).toBe(ids.filter((id) => wordStatus(progress, id) === 'known').length);
  });
});
