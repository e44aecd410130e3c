import { describe, expect, it } from 'vitest';
import { analyseImport, getCorpus } from '@/lib/reader';
import type { WordInfo } from '@/lib/payload';
import {
  checkTermSelection,
  deleteMyTerm,
  emptyProgress,
  findMyTerms,
  importProgress,
  listMyTerms,
  mergeProgress,
  migrateProgress,
  myWordsAnki,
  myWordsCsv,
  putMyTerm,
  termCardForms,
  termLabel,
  termTokens,
  updateWord,
  type Progress,
} from './index';

const corpus = getCorpus();

/** Each sentence of a Korean text as the reader's popover data has it: its words, in order. */
function sentencesOf(ko: string): WordInfo[][] {
  const text = analyseImport(corpus, { ko, en: '', title: '' });
  return text.paragraphs.flatMap((p) => p.sentences.map((s) => s.korean.eojeols.map((_, i) => text.payload.words[`${s.id}:${i}`]!)));
}
/** The words of `from` (a phrase of one sentence) as a saved term's keys. */
function keysOf(phrase: string): string[] {
  const [words] = sentencesOf(phrase);
  const checked = checkTermSelection(words!.map((word) => ({ sid: 's', word })));
  if (!('keys' in checked)) throw new Error(checked.problem);
  return checked.keys;
}
/** Where the terms are found in a text: each match as the words it covers, sentence by sentence. */
function found(terms: Record<string, string>, text: string): string[] {
  const keys = new Map(Object.entries(terms).map(([label, phrase]) => [label, keysOf(phrase)]));
  return sentencesOf(text).flatMap((words) =>
    findMyTerms(keys, words.map(termTokens)).map(
      (m) =>
        `${m.key}: ${words
          .slice(m.first, m.last + 1)
          .map((w) => w.surface)
          .join(' ')}`,
    ),
  );
}

describe('own terms are found over the lemmas, whatever the endings and particles', () => {
  const terms = { '자리 잡다': '자리를 잡았다', '주목 받다': '주목을 받다' };
  it.each([
    ['자리 잡고 (no particle, -고)', '그는 서울에 자리 잡고 살았다.', ['자리 잡다: 자리 잡고']],
    ['자리를 잡았다 (particle, past)', '그 회사는 시장에 자리를 잡았다.', ['자리 잡다: 자리를 잡았다.']],
    ['자리를 잡으며 (-(으)며)', '새 도시에 자리를 잡으며 일을 시작했다.', ['자리 잡다: 자리를 잡으며']],
    ['자리잡았다 (written together)', '그 가게는 골목에 자리잡았다.', ['자리 잡다: 자리잡았다.']],
    ['주목을 받았다', '이 제품은 큰 주목을 받았다.', ['주목 받다: 주목을 받았다.']],
    ['주목 받는 (no particle, -는)', '요즘 주목 받는 기업이다.', ['주목 받다: 주목 받는']],
    ['주목받는 (one word)', '주목받는 기업이다.', ['주목 받다: 주목받는']],
  ])('%s', (_, text, expected) => {
    expect(found(terms, text)).toEqual(expected);
  });

  it('never across a sentence: 자리. 잡았다 is no match', () => {
    expect(sentencesOf('그는 좋은 자리. 잡았다 그것을.')).toHaveLength(2);
    expect(found(terms, '그는 좋은 자리. 잡았다 그것을.')).toEqual([]);
  });

  it('never on other words between them, nor on one of the words alone', () => {
    expect(found(terms, '자리를 빨리 잡았다. 자리가 없다. 손을 잡았다.')).toEqual([]);
  });

  it('the longer of two terms that start alike wins, and matches never overlap', () => {
    expect(found({ a: '자리를 잡다', b: '자리를 잡고 살다' }, '그는 서울에 자리를 잡고 살았다.')).toEqual(['b: 자리를 잡고 살았다.']);
  });
});

describe('a selection to save', () => {
  const [words] = sentencesOf('그는 큰 회사에서 오래 자리를 잡고 일했다.');
  const pick = (from: number, to: number, sid = 's1') => words!.slice(from, to).map((word) => ({ sid, word }));

  it('is refused over six words, across a sentence, or as a single word', () => {
    expect(checkTermSelection(pick(0, 7))).toEqual({ problem: 'too-many' });
    expect(checkTermSelection([...pick(0, 1), ...pick(1, 2, 's2')])).toEqual({ problem: 'cross-sentence' });
    expect(checkTermSelection(pick(4, 5))).toEqual({ problem: 'single' });
    expect(checkTermSelection(pick(0, 6))).toHaveProperty('keys');
  });

  it('gets a label a learner writes: 자리(를) 잡다', () => {
    expect(termLabel(words!.slice(4, 6))).toBe('자리(를) 잡다');
    expect(termCardForms('자리(를) 잡다')).toEqual({ ko: '자리 잡다', accepted: ['자리를 잡다'] });
  });
});

describe('own terms in progress', () => {
  const term = { label: '자리(를) 잡다', keys: ['자리', '잡다'], meaning: 'to establish oneself' };
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 29, 5, minutes));

  it('merge: each side keeps its terms, the later write wins, a deletion stays deleted', () => {
    const a = putMyTerm(emptyProgress(), '자리 잡다', term, at(1));
    const b = putMyTerm(
      emptyProgress(),
      '주목 받다',
      { label: '주목(을) 받다', keys: ['주목', '받다'], meaning: 'to draw attention' },
      at(2),
    );
    const both = mergeProgress(a, b);
    expect(listMyTerms(both.myTerms).map(([key]) => key)).toEqual(['자리 잡다', '주목 받다']);
    const deleted = deleteMyTerm(both, '자리 잡다', at(3));
    expect(listMyTerms(mergeProgress(deleted, a).myTerms).map(([key]) => key)).toEqual(['주목 받다']);
    expect(listMyTerms(mergeProgress(a, deleted).myTerms).map(([key]) => key)).toEqual(['주목 받다']);
    const edited = putMyTerm(a, '자리 잡다', { ...term, meaning: 'to settle' }, at(4));
    expect(mergeProgress(edited, a).myTerms?.['자리 잡다']?.meaning).toBe('to settle');
  });

  it('progress without terms keeps its shape, and stored terms survive a reload and an import', () => {
    const plain = updateWord(emptyProgress(), 'w:자금', '자금', { saved: true });
    expect(mergeProgress(plain, plain)).not.toHaveProperty('myTerms');
    const p = putMyTerm(plain, '자리 잡다', term, at(1));
    expect(migrateProgress(JSON.stringify(p))).toEqual(p);
    const imported = importProgress(emptyProgress(), JSON.stringify(p));
    expect(imported.progress.myTerms).toEqual(p.myTerms);
    expect(imported.accepted).toBe(2);
  });

  it('a bad term in an import is reported, the good ones kept', () => {
    const file = JSON.parse(JSON.stringify(putMyTerm(emptyProgress(), '자리 잡다', term, at(1)))) as { myTerms: Record<string, unknown> };
    file.myTerms['x'] = { label: '', keys: ['x'] };
    const report = importProgress(emptyProgress(), JSON.stringify(file));
    expect(Object.keys(report.progress.myTerms ?? {})).toEqual(['자리 잡다']);
    expect(report.rejected.map((r) => r.entry)).toEqual(['myTerms.x']);
  });

  it('export: words and terms, each with its sentence and translation (CSV and Anki)', () => {
    let p: Progress = updateWord(emptyProgress(), 'w:자금', '자금', { saved: true, gloss: 'funds' });
    p = putMyTerm(p, '자리 잡다', {
      ...term,
      example: { ko: '그는 서울에 자리를 잡았다.', en: 'He settled in <Seoul>.', source: '/import/x', sid: 'p1-1' },
    });
    const lookup = (id: string) => (id === 'w:자금' ? { ko: '자금을 쏟아부으며', en: 'pouring in funds' } : undefined);
    expect(myWordsCsv(p, lookup).split('\r\n').slice(1, 3)).toEqual([
      '자금,funds,app,,word,자금을 쏟아부으며,pouring in funds',
      '자리(를) 잡다,to establish oneself,yours,,term,그는 서울에 자리를 잡았다.,He settled in <Seoul>.',
    ]);
    const anki = myWordsAnki(p, lookup).split('\n');
    expect(anki.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:Front\tBack\tSentence\tTranslation\tTags',
      '#tags column:5',
    ]);
    expect(anki[6]).toBe(
      '자리(를) 잡다\tto establish oneself<br>그는 서울에 자리를 잡았다.<br>He settled in &lt;Seoul&gt;.\t그는 서울에 자리를 잡았다.\tHe settled in &lt;Seoul&gt;.\thanyeong my-terms own-meaning',
    );
  });
});
