import { josa } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { gradeCard } from './schedule';
import {
  BACKUP_PREFIX,
  PARTICLE_PAIRS,
  PROGRESS_KEY,
  buildQueue,
  cardId,
  checkAnswer,
  correctParticle,
  emptyProgress,
  explainParticle,
  importProgress,
  loadProgress,
  mergeProgress,
  migrateProgress,
  retention,
  reviewsPerDay,
  saveProgress,
  streak,
  updateWord,
  wordStatus,
  type Progress,
  type ProgressV1,
} from './index';
import { checkMyGloss, myGlossOf, myWordsAnki, myWordsCsv } from './index';
import { listBackups } from '@/lib/storage';

/** localStorage as a Map, for tests. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const NOW = new Date('2026-11-28T09:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('checkAnswer', () => {
  it.each([
    ['인피니밴드', '인피니밴드', true, 'exact'],
    ['인피니밴드로', '인피니밴드', true, 'particle'],
    ['블랙웰 울트라를', '블랙웰 울트라', true, 'particle'],
    ['데이터센터는', '데이터센터', true, 'particle'],
    ['  블랙웰   울트라 ', '블랙웰 울트라', true, 'exact'],
    ['블랙웰울트라', '블랙웰 울트라', true, 'spacing'],
    ['인피니밴드'.normalize('NFD'), '인피니밴드', true, 'exact'],
    ['infiniband', 'InfiniBand', true, 'case'],
    ['DATA CENTER', 'data center', true, 'case'],
    ['인피니', '인피니밴드', false, null],
    ['인피니밴드녁', '인피니밴드', false, null],
    ['GPU를', 'GPU', true, 'particle'],
    ['', '인피니밴드', false, null],
  ])('%s for %s → %s', (input, expected, correct, note) => {
    expect(checkAnswer(input, expected)).toEqual({ correct, expected: expected.normalize('NFC'), note });
  });
});

describe('scheduling with FSRS, through storage', () => {
  it('grades a card, stores it, reads it back and schedules it the same', () => {
    const storage = memoryStorage();
    const id = cardId('t:gpu', 'recognition');
    const graded = gradeCard(emptyProgress(), id, 3, NOW);
    saveProgress(storage, graded);
    const { progress, recovery } = loadProgress(storage);
    expect(recovery).toBeNull();
    expect(progress).toEqual(graded);
    expect(new Date(progress.cards[id]!.due).getTime()).toBeGreaterThan(NOW.getTime());
    const again = gradeCard(progress, id, 3, later(20));
    expect(again.cards[id]!.reps).toBe(2);
    expect(again.reviews.map((r) => r.grade)).toEqual([3, 3]);
  });

  it('Again comes back sooner than Easy', () => {
    const id = cardId('t:gpu', 'recall');
    const hard = gradeCard(emptyProgress(), id, 1, NOW).cards[id]!.due;
    const easy = gradeCard(emptyProgress(), id, 4, NOW).cards[id]!.due;
    expect(hard < easy).toBe(true);
  });

  it('queues due cards first, then new recognition before recall', () => {
    let p = gradeCard(emptyProgress(), cardId('t:b', 'recognition'), 1, NOW);
    expect(buildQueue(p, ['t:a', 't:b'], later(60))).toEqual(['t:b#recognition', 't:a#recognition', 't:b#recall']);
    p = gradeCard(p, cardId('t:a', 'recognition'), 3, later(60));
    expect(buildQueue(p, ['t:a', 't:b'], later(61), 1)).toEqual(['t:b#recognition', 't:a#recall']);
  });

  it('a word is new, then learning, then known by hand', () => {
    let p = emptyProgress();
    expect(wordStatus(p, 't:gpu')).toBe('new');
    p = gradeCard(p, cardId('t:gpu', 'recognition'), 3, NOW);
    expect(wordStatus(p, 't:gpu')).toBe('learning');
    p = updateWord(p, 't:gpu', 'GPU', { status: 'known' }, NOW);
    expect(wordStatus(p, 't:gpu')).toBe('known');
  });
});

describe('migrations and recovery', () => {
  const v1: ProgressV1 = {
    version: 1,
    myWords: ['쏟아붓다'],
    known: ['자금'],
    cards: {
      'w:쏟아붓다#recognition': {
        due: NOW.getTime(),
        stability: 3.2,
        difficulty: 5,
        reps: 2,
        lapses: 0,
        state: 2,
        lastReview: NOW.getTime() - 86_400_000,
      },
    },
    history: [{ id: 'w:쏟아붓다#recognition', rating: 3, time: NOW.getTime() - 86_400_000 }],
  };

  it('migrates version 1 to the current version', () => {
    const p = migrateProgress(JSON.stringify(v1));
    expect(p.version).toBe(3);
    expect(p.words['w:쏟아붓다']).toMatchObject({ lemma: '쏟아붓다', saved: true });
    expect(p.words['w:자금']).toMatchObject({ saved: false, status: 'known' });
    expect(p.cards['w:쏟아붓다#recognition']).toMatchObject({ due: NOW.toISOString(), stability: 3.2, state: 2 });
    expect(p.reviews).toEqual([{ card: 'w:쏟아붓다#recognition', grade: 3, at: '2026-11-27T09:00:00.000Z' }]);
  });

  it('reads stored version 1 data and writes it back as version 2', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v1) });
    const { progress } = loadProgress(storage);
    saveProgress(storage, progress);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(3);
  });

  it('migrates version 2 to 3 keeping every word, card and review', () => {
    const v2 = {
      version: 2,
      words: { 'w:자금': { lemma: '자금', saved: true, gloss: 'funds', updatedAt: '2026-11-01T00:00:00.000Z' } },
      cards: {},
      reviews: [],
      drills: [],
    };
    expect(migrateProgress(JSON.stringify(v2))).toEqual({ ...v2, version: 3 });
  });

  it.each([
    ['corrupt JSON', '{"version": 2, "words": {', 'unreadable'],
    ['an unknown version', JSON.stringify({ version: 7, words: {} }), 'unknown-version'],
    ['invalid data', JSON.stringify({ version: 2, words: { x: { lemma: '' } }, cards: {}, reviews: [], drills: [] }), 'invalid'],
  ])('keeps %s aside under a backup key, never lost', (_name, raw, reason) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const { progress, recovery } = loadProgress(storage, NOW);
    expect(recovery).toMatchObject({ reason, backupKey: `${BACKUP_PREFIX}${NOW.toISOString()}` });
    expect(storage.getItem(recovery!.backupKey)).toBe(raw);
    expect(listBackups(storage)).toEqual([recovery!.backupKey]);
    expect(progress).toEqual(emptyProgress());
    expect(loadProgress(storage).recovery).toBeNull();
  });

  it('saving over unreadable data keeps the unreadable copy first', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    saveProgress(storage, gradeCard(emptyProgress(), 't:a#recall', 3, NOW));
    expect(listBackups(storage).map((k) => storage.getItem(k))).toEqual(['not json']);
  });
});

describe('merging and importing', () => {
  const a = gradeCard(emptyProgress(), 't:a#recognition', 3, NOW);
  const b = gradeCard(emptyProgress(), 't:b#recognition', 1, later(5));

  it('two tabs grading different cards keep both', () => {
    const storage = memoryStorage();
    saveProgress(storage, a);
    saveProgress(storage, b); // the second tab never saw a
    const { progress } = loadProgress(storage);
    expect(Object.keys(progress.cards).sort()).toEqual(['t:a#recognition', 't:b#recognition']);
    expect(progress.reviews).toHaveLength(2);
  });

  it('keeps the newer review of the same card', () => {
    const older = gradeCard(emptyProgress(), 't:a#recognition', 1, NOW);
    const newer = gradeCard(emptyProgress(), 't:a#recognition', 4, later(10));
    expect(mergeProgress(newer, older).cards['t:a#recognition']).toEqual(newer.cards['t:a#recognition']);
    expect(mergeProgress(older, newer).cards['t:a#recognition']).toEqual(newer.cards['t:a#recognition']);
  });

  it.each<[string, string, { accepted: number; rejected: string[]; fileError?: string; cards: string[] }]>([
    ['a valid export', JSON.stringify(b), { accepted: 2, rejected: [], cards: ['t:a#recognition', 't:b#recognition'] }],
    [
      'an export with one bad card',
      JSON.stringify({ ...b, cards: { ...b.cards, bad: { due: 'yesterday' } } }),
      { accepted: 2, rejected: ['cards.bad'], cards: ['t:a#recognition', 't:b#recognition'] },
    ],
    [
      'a bad review',
      JSON.stringify({ ...b, reviews: [{ card: 'x', grade: 9, at: NOW.toISOString() }] }),
      { accepted: 1, rejected: ['reviews.0'], cards: ['t:a#recognition', 't:b#recognition'] },
    ],
    ['a file that is not JSON', 'hello', { accepted: 0, rejected: [], fileError: 'not-json', cards: ['t:a#recognition'] }],
    [
      'a file of an unknown version',
      JSON.stringify({ version: 99 }),
      { accepted: 0, rejected: [], fileError: 'unknown-version', cards: ['t:a#recognition'] },
    ],
  ])('imports %s', (_name, text, expected) => {
    const report = importProgress(a, text);
    expect(report.accepted).toBe(expected.accepted);
    expect(report.rejected.map((r) => r.entry)).toEqual(expected.rejected);
    expect(report.fileError).toBe(expected.fileError);
    expect(Object.keys(report.progress.cards).sort()).toEqual(expected.cards);
  });

  it('names why an entry was rejected', () => {
    const report = importProgress(a, JSON.stringify({ ...b, cards: { bad: { ...b.cards['t:b#recognition'], reps: -1 } } }));
    expect(report.rejected).toEqual([{ entry: 'cards.bad', reason: expect.stringContaining('reps') }]);
  });

  it('lists entries under keys like __proto__ as rejected, and never sets a prototype from them', () => {
    const card = b.cards['t:b#recognition'];
    // Written by hand, as JSON.stringify would drop an own "__proto__" key.
    const text = `{"version":${b.version},"words":{"__proto__":{"x":1},"constructor":{}},"cards":{"__proto__":${JSON.stringify(card)},"toString":${JSON.stringify(card)},"t:b#recognition":${JSON.stringify(card)}},"reviews":[],"drills":[]}`;
    const report = importProgress(a, text);
    expect(report.rejected).toEqual([
      { entry: 'words.__proto__', reason: 'reserved key', reserved: true },
      { entry: 'words.constructor', reason: 'reserved key', reserved: true },
      { entry: 'cards.__proto__', reason: 'reserved key', reserved: true },
      { entry: 'cards.toString', reason: 'reserved key', reserved: true },
    ]);
    expect(report.accepted).toBe(1);
    expect(Object.getPrototypeOf(report.progress.cards)).toBe(Object.prototype);
    expect(Object.keys(report.progress.cards).sort()).toEqual(['t:a#recognition', 't:b#recognition']);
  });
});

describe('your own meaning of a word', () => {
  it.each([
    ['  to establish oneself  ', { gloss: 'to establish oneself' }],
    ['', { problem: 'empty' }],
    ['   ', { problem: 'empty' }],
    ['가'.repeat(201), { problem: 'too-long' }],
    ['가'.repeat(200), { gloss: '가'.repeat(200) }],
    ['line\nbreak', { problem: 'control' }],
    ['tab\there', { problem: 'control' }],
  ])('checkMyGloss(%j)', (text, expected) => {
    expect(checkMyGloss(text)).toEqual(expected);
  });

  it('is kept on the word, shown for its lemma, removed with null, and survives export and import', () => {
    let p = updateWord(emptyProgress(), 'w:자리잡다', '자리잡다', { myGloss: 'to settle in' });
    expect(myGlossOf(p, '자리잡다')).toBe('to settle in');
    const restored = importProgress(emptyProgress(), JSON.stringify(p));
    expect(myGlossOf(restored.progress, '자리잡다')).toBe('to settle in');
    p = updateWord(p, 'w:자리잡다', '자리잡다', { myGloss: null });
    expect(myGlossOf(p, '자리잡다')).toBeNull();
  });

  it('goes into the My words CSV and Anki files before the saved gloss', () => {
    let p = updateWord(emptyProgress(), 'w:자금', '자금', { saved: true, gloss: 'funds' });
    p = updateWord(p, 'w:거두다', '거두다', { saved: true, gloss: 'to reap', myGloss: 'to achieve (results)' });
    expect(myWordsCsv(p)).toBe(
      '\uFEFFkorean,meaning,meaning_source,status,kind,sentence,translation\r\n거두다,to achieve (results),yours,,word,,\r\n자금,funds,app,,word,,\r\n',
    );
    expect(myWordsAnki(p).split('\n').slice(5, 7)).toEqual([
      '거두다\tto achieve (results)\t\t\thanyeong my-words own-meaning',
      '자금\tfunds\t\t\thanyeong my-words',
    ]);
  });
});

describe('particle drill rules', () => {
  const pair = (label: string) => PARTICLE_PAIRS.find((p) => p.label === label)!;
  it.each([
    ['서버', '은/는', '는', 'ends in a vowel'],
    ['시스템', '은/는', '은', 'batchim ㅁ'],
    ['엔비디아', '이/가', '가', 'ends in a vowel'],
    ['흐름', '이/가', '이', 'batchim ㅁ'],
    ['자금', '을/를', '을', 'batchim ㅁ'],
    ['규모', '와/과', '와', 'ends in a vowel'],
    ['확장성', '와/과', '과', 'batchim ㅇ'],
    ['전략', '(으)로', '으로', 'batchim ㄱ'],
    ['인피니밴드', '(으)로', '로', 'ends in a vowel'],
    ['서울', '(으)로', '로', 'treats ㄹ like a vowel'],
    ['댓글', '(으)로', '로', 'treats ㄹ like a vowel'],
  ])('%s + %s → %s', (noun, label, form, reason) => {
    expect(correctParticle(noun, pair(label))).toBe(form);
    expect(explainParticle(noun, pair(label), 'en')).toContain(reason);
    expect(explainParticle(noun, pair(label), 'en')).toContain(`takes ${form}`);
  });

  it('agrees with es-hangul on every pair, for nouns ending in each kind of syllable', () => {
    const nouns = ['서버', '시스템', '서울', '댓글', '전략', '확장성', '규모', '값', '밖', '닭', '꽃', '부엌', 'AI', '3'];
    const option = { topic: '은/는', subject: '이/가', object: '을/를', and: '와/과', means: '으로/로' } as const;
    expect(PARTICLE_PAIRS.map((p) => p.key).sort()).toEqual(Object.keys(option).sort());
    for (const p of PARTICLE_PAIRS) {
      for (const noun of nouns.filter((n) => /[가-힣]$/.test(n))) {
        expect([noun, p.key, correctParticle(noun, p)]).toEqual([
          noun,
          p.key,
          josa(noun, option[p.key as keyof typeof option]).slice(noun.length),
        ]);
      }
    }
  });

  it('explains in Korean with the right particles after the quoted form', () => {
    expect(explainParticle('서울', pair('(으)로'), 'ko')).toBe(
      '서울의 마지막 글자 울의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님).',
    );
    expect(explainParticle('시스템', pair('은/는'), 'ko')).toBe('시스템의 마지막 글자 템에 받침 ㅁ이 있으므로 ‘은’을 씁니다(‘는’이 아님).');
    expect(explainParticle('서버', pair('은/는'), 'ko')).toBe('서버의 마지막 글자 버에 받침이 없으므로 ‘는’을 씁니다(‘은’이 아님).');
  });
});

describe('progress figures', () => {
  const day = (d: number, grade = 3) => ({ card: `t:x${d}#recall`, grade, at: new Date(2026, 10, 28 - d, 12).toISOString() });
  const p: Progress = { ...emptyProgress(), reviews: [day(0), day(1), day(1, 1), day(2), day(4)] };
  const now = new Date(2026, 10, 28, 18);
  it('counts the streak of days up to today', () => expect(streak(p, now)).toBe(3));
  it('measures retention as reviews not graded Again', () => expect(retention(p, now)).toBe(0.8));
  it('charts 30 days of reviews', () => {
    const days = reviewsPerDay(p, now);
    expect(days).toHaveLength(30);
    expect(days.slice(-5).map((d) => d.count)).toEqual([1, 0, 1, 2, 1]);
  });
});
