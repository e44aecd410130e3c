import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, openAppDb, type Db } from '@/lib/storage/db';
import {
  addBookmark,
  audioKeyOf,
  clampRate,
  clampTime,
  EMPTY_AUDIO_STATE,
  formatTime,
  markSentence,
  removeBookmark,
  unmarkSentence,
} from './state';
import { AudioStoreError, hasAudio, putAudio, readAudio, readAudioStateOf, removeAudio, saveAudioState, type AudioRecord } from './store';

let dbs = 0;
const freshDb = (): Promise<Db> => openAppDb(`audio-test-${++dbs}`);
const KEY = audioKeyOf('article', 'seoul-spring');
const record = (text = 'RIFF', name = 'tone.wav'): AudioRecord => ({
  version: 1,
  name,
  kind: 'wav',
  type: 'audio/wav',
  size: text.length,
  addedAt: '2026-11-29T05:00:00.000Z',
  blob: new Blob([text], { type: 'audio/wav' }),
});

describe('the database upgrade to version 2', () => {
  it('adds the audio stores and keeps the stores and records of version 1', async () => {
    const name = `upgrade-${++dbs}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('texts');
        db.createObjectStore('analyses');
        db.createObjectStore('backups', { keyPath: 'key' });
      },
    });
    await v1.put('texts', { title: '서울의 봄' }, 't1');
    await v1.put('backups', { key: 'b1', data: 'x' });
    v1.close();
    const db = await openAppDb(name);
    expect([...db.objectStoreNames].sort()).toEqual(['analyses', 'audio', 'audioState', 'backups', 'texts']);
    expect(await db.get('texts', 't1')).toEqual({ title: '서울의 봄' });
    expect(await db.get('backups', 'b1')).toEqual({ key: 'b1', data: 'x' });
    expect(DB_NAME).toBe('hanyeong');
  });
});

describe('audio store', () => {
  it('keeps a file and reads it back whole', async () => {
    const db = await freshDb();
    expect(await hasAudio(db, KEY)).toBe(false);
    await putAudio(db, KEY, record('RIFF-data'));
    expect(await hasAudio(db, KEY)).toBe(true);
    const back = await readAudio(db, KEY);
    expect(back?.name).toBe('tone.wav');
    expect(await back?.blob.text()).toBe('RIFF-data');
    expect(await readAudio(db, audioKeyOf('text', 'other'))).toBeNull();
  });

  it('keeps position, speed and bookmarks per text', async () => {
    const db = await freshDb();
    const other = audioKeyOf('text', 'abc');
    let state = addBookmark({ ...EMPTY_AUDIO_STATE, position: 12.5, rate: 1.5 }, 30, 'b1');
    state = addBookmark(state, 4, 'b2');
    await saveAudioState(db, KEY, state);
    await saveAudioState(db, other, { ...EMPTY_AUDIO_STATE, position: 3 });
    const back = await readAudioStateOf(db, KEY);
    expect(back.position).toBe(12.5);
    expect(back.rate).toBe(1.5);
    expect(back.bookmarks.map((b) => b.at)).toEqual([4, 30]);
    expect((await readAudioStateOf(db, other)).position).toBe(3);
    expect(await readAudioStateOf(db, 'article:none')).toEqual(EMPTY_AUDIO_STATE);
  });

  it('starts a replaced file from the beginning, without the old bookmarks; removing clears both', async () => {
    const db = await freshDb();
    await putAudio(db, KEY, record('one'));
    await saveAudioState(db, KEY, addBookmark({ ...EMPTY_AUDIO_STATE, position: 9 }, 9, 'b'));
    await putAudio(db, KEY, record('two', 'second.wav'));
    expect((await readAudio(db, KEY))?.name).toBe('second.wav');
    expect(await readAudioStateOf(db, KEY)).toEqual(EMPTY_AUDIO_STATE);
    await saveAudioState(db, KEY, { ...EMPTY_AUDIO_STATE, position: 2 });
    await removeAudio(db, KEY);
    expect(await hasAudio(db, KEY)).toBe(false);
    expect(await readAudioStateOf(db, KEY)).toEqual(EMPTY_AUDIO_STATE);
  });

  it('says the storage is full and loses nothing when the browser refuses the file', async () => {
    const db = await freshDb();
    await putAudio(db, KEY, record('first'));
    await saveAudioState(db, KEY, { ...EMPTY_AUDIO_STATE, position: 7 });
    // The browser refuses the file as a full disk does: the transaction aborts with QuotaExceededError.
    const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => unknown };
    const put = proto.put;
    proto.put = function (this: { name: string; transaction: { _abort: (name: string) => void } }, ...args: unknown[]) {
      const request = put.apply(this, args);
      if (this.name === 'audio') queueMicrotask(() => this.transaction._abort('QuotaExceededError'));
      return request;
    };
    const failed = await putAudio(db, KEY, record('second'))
      .catch((error: unknown) => error)
      .finally(() => (proto.put = put));
    expect(failed).toBeInstanceOf(AudioStoreError);
    expect((failed as AudioStoreError).reason).toBe('full');
    expect(await (await readAudio(db, KEY))?.blob.text()).toBe('first');
    expect((await readAudioStateOf(db, KEY)).position).toBe(7);
  });

  it('reads an unreadable state as the empty one', async () => {
    const db = await freshDb();
    await db.put('audioState', { version: 1, position: -4, rate: 9, bookmarks: 'x' }, KEY);
    expect(await readAudioStateOf(db, KEY)).toEqual(EMPTY_AUDIO_STATE);
  });
});

describe('bookmarks and sentence marks', () => {
  it('keeps bookmarks in time order, one per half second, and deletes by id', () => {
    let state = addBookmark(EMPTY_AUDIO_STATE, 20, 'a');
    state = addBookmark(state, 5, 'b');
    expect(addBookmark(state, 20.3, 'c')).toBe(state);
    expect(state.bookmarks).toEqual([
      { id: 'b', at: 5 },
      { id: 'a', at: 20 },
    ]);
    expect(removeBookmark(state, 'b').bookmarks).toEqual([{ id: 'a', at: 20 }]);
    expect(addBookmark(EMPTY_AUDIO_STATE, -3, 'z').bookmarks).toEqual([{ id: 'z', at: 0 }]);
  });
  it('marks a sentence start, and takes a mark back', () => {
    const marked = markSentence(markSentence(EMPTY_AUDIO_STATE, 'p01-1', 0.5), 'p01-2', 3.25);
    expect(marked.sentences).toEqual({ 'p01-1': 0.5, 'p01-2': 3.25 });
    expect(unmarkSentence(marked, 'p01-2').sentences).toEqual({ 'p01-1': 0.5 });
    expect(marked.sentences).toEqual({ 'p01-1': 0.5, 'p01-2': 3.25 });
  });
  it('formats times and clamps speed', () => {
    expect([formatTime(0), formatTime(75.4), formatTime(3725)]).toEqual(['0:00', '1:15', '1:02:05']);
    expect([clampRate(3), clampRate(0.1), clampRate(NaN), clampRate(1.25)]).toEqual([2, 0.5, 1, 1.25]);
    expect([clampTime(-2, 10), clampTime(12, 10), clampTime(4, 10)]).toEqual([0, 10, 4]);
  });
});
