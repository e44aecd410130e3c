import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/storage/db';
import { checkTranslation, MAX_TRANSLATION, withTranslation } from './translation';
import { changeTextRecord, listTexts, putText, readText } from './text-db';
import type { SavedText } from './saved';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const saved: SavedText = {
  id: 'a',
  title: '봄',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  text: {
    title: '',
    notice: null,
    hasEnglish: false,
    paragraphs: [
      {
        id: 'p01',
        mode: 'korean-only',
        sentences: [{ id: 'p01-1', ko: '봄이다.', en: null, korean: { eojeols: [{ start: 0, end: 4 }], terms: [] }, english: null }],
      },
    ],
    payload: { words: {}, terms: { ko: {}, en: {} }, grammar: { ko: {}, en: {} }, patterns: { ko: {}, en: {} } },
  },
};

describe('checkTranslation', () => {
  it.each([
    ['  Spring has come. ', { text: 'Spring has come.' }],
    ['Line one\r\nline two', { text: 'Line one\nline two' }],
    ['', { text: '' }],
    ['1 < 2 and 3 > 2', { text: '1 < 2 and 3 > 2' }],
    ['<b>Spring</b>', { problem: 'html' }],
    ['<img src=x onerror=alert(1)>', { problem: 'html' }],
    ['Tom &amp; Jerry', { problem: 'html' }],
    ['bell\u0007', { problem: 'control' }],
    ['a'.repeat(MAX_TRANSLATION), { text: 'a'.repeat(MAX_TRANSLATION) }],
    ['a'.repeat(MAX_TRANSLATION + 1), { problem: 'too-long' }],
  ])('%j → %j', (input, expected) => {
    expect(checkTranslation(input)).toEqual(expected);
  });

  it('withTranslation sets, replaces and removes one sentence, leaving the others', () => {
    const one = withTranslation(undefined, 'p01-1', 'Spring.', NOW);
    const two = withTranslation(one, 'p01-2', 'Warm.', NOW);
    expect(Object.keys(two)).toEqual(['p01-1', 'p01-2']);
    expect(withTranslation(two, 'p01-1', null, NOW)).toEqual({ 'p01-2': two['p01-2'] });
  });
});

describe('own translations kept with the saved text', () => {
  it('are stored, read back, kept across a rename and removed one by one', async () => {
    const db = await openAppDb('translations-1');
    await putText(db, saved);
    expect(await changeTextRecord(db, 'a', { translation: { sentenceId: 'p01-1', text: 'It is spring.' } }, NOW)).toBe(true);
    expect((await readText(db, 'a')).text?.translations).toEqual({ 'p01-1': { text: 'It is spring.', updatedAt: NOW.toISOString() } });
    await changeTextRecord(db, 'a', { title: '봄날' }, NOW);
    const renamed = (await readText(db, 'a')).text!;
    expect(renamed.title).toBe('봄날');
    expect(renamed.translations?.['p01-1']?.text).toBe('It is spring.');
    expect((await listTexts(db)).texts.get('a')?.translations?.['p01-1']?.text).toBe('It is spring.');
    await changeTextRecord(db, 'a', { translation: { sentenceId: 'p01-1', text: null } }, NOW);
    expect((await readText(db, 'a')).text?.translations).toBeUndefined();
  });

  it('a text saved before translations existed reads as it was', async () => {
    const db = await openAppDb('translations-2');
    await putText(db, saved);
    expect((await readText(db, 'a')).text).toEqual(saved);
    expect(await changeTextRecord(db, 'missing', { translation: { sentenceId: 'p01-1', text: 'x' } }, NOW)).toBe(false);
  });
});
