import { describe, expect, it } from 'vitest';
import { readStore, writeStore } from '@/lib/storage';
import { changeText, emptyTextStore, mergeTextStores, parseTextStore, TEXTS_KEY, type SavedText, type TextStore } from './index';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const saved = (id: string, updatedAt = NOW.toISOString()): SavedText => ({
  id,
  title: `글 ${id}`,
  createdAt: NOW.toISOString(),
  updatedAt,
  text: {
    title: '',
    notice: null,
    hasEnglish: false,
    paragraphs: [
      { id: 'p01', mode: 'korean-only', sentences: [{ id: 'p01-1', ko: '가요.', en: null, k: { e: [[0, 3]], t: [] }, e: null }] },
    ],
    payload: {
      words: { 'p01-1:0': ['가요.', '가다', 'verb', 'to go', [['가', 'verb', null, null, '가다']]] },
      terms: { ko: {}, en: {} },
      grammar: { ko: {}, en: {} },
    },
  },
});
const store = (...texts: SavedText[]): TextStore => ({ version: 1, texts: Object.fromEntries(texts.map((t) => [t.id, t])) });
const memory = (initial: Record<string, string> = {}) => {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
};

describe('saved texts', () => {
  it('round-trips through storage, validated', () => {
    const storage = memory();
    writeStore(storage, TEXTS_KEY, store(saved('a')), parseTextStore, mergeTextStores, emptyTextStore);
    expect(readStore(storage, TEXTS_KEY, parseTextStore, emptyTextStore).value).toEqual(store(saved('a')));
  });

  it.each([
    ['corrupt JSON', '{"version":1,', 'unreadable'],
    ['an unknown version', '{"version":3,"texts":{}}', 'unknown-version'],
    ['a broken text', JSON.stringify(store({ ...saved('a'), title: 5 as unknown as string })), 'invalid'],
  ])('keeps %s aside under a backup key', (_name, raw, reason) => {
    const storage = memory({ [TEXTS_KEY]: raw });
    const { value, recovery } = readStore(storage, TEXTS_KEY, parseTextStore, emptyTextStore, NOW);
    expect(value).toEqual(emptyTextStore());
    expect(recovery).toMatchObject({ reason, backupKey: `${TEXTS_KEY}.backup.${NOW.toISOString()}` });
    expect(storage.getItem(recovery!.backupKey)).toBe(raw);
  });

  it('two tabs saving different texts keep both', () => {
    const storage = memory();
    writeStore(storage, TEXTS_KEY, store(saved('a')), parseTextStore, mergeTextStores, emptyTextStore);
    writeStore(storage, TEXTS_KEY, store(saved('b')), parseTextStore, mergeTextStores, emptyTextStore);
    expect(Object.keys(readStore(storage, TEXTS_KEY, parseTextStore, emptyTextStore).value.texts).sort()).toEqual(['a', 'b']);
  });

  it('renames, deletes and undoes a delete, each change newer than the last', () => {
    let s = store(saved('a'));
    s = changeText(s, 'a', { title: '새 제목' }, new Date('2026-11-28T10:00:00.000Z'));
    s = changeText(s, 'a', { deleted: true }, new Date('2026-11-28T10:01:00.000Z'));
    expect(s.texts.a).toMatchObject({ title: '새 제목', deletedAt: '2026-11-28T10:01:00.000Z' });
    const undone = changeText(s, 'a', { deleted: false }, new Date('2026-11-28T10:02:00.000Z'));
    expect(undone.texts.a?.deletedAt).toBeUndefined();
    expect(mergeTextStores(s, undone).texts.a?.deletedAt).toBeUndefined();
    expect(mergeTextStores(undone, s).texts.a?.deletedAt).toBeUndefined();
  });
});
