import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { listDbBackups, openAppDb, type Db } from '@/lib/storage/db';
import { analyseImport, getCorpus } from '@/lib/reader';
import { longKoreanText } from '../../scripts/long-korean';
import { compactText, expandText } from './compact';
import { TEXTS_KEY, type SavedText, type TextStore } from './saved';
import { changeTextRecord, listTexts, migrateLegacyTexts, putText, readLegacyTexts, readText, recordsOf } from './text-db';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const text = (ko: string): SavedText['text'] => ({
  title: '',
  notice: null,
  hasEnglish: false,
  paragraphs: [
    {
      id: 'p01',
      mode: 'korean-only',
      sentences: [{ id: 'p01-1', ko, en: null, korean: { eojeols: [{ start: 0, end: ko.length }], terms: [] }, english: null }],
    },
  ],
  payload: {
    words: {
      'p01-1:0': {
        surface: ko,
        lemma: '가다',
        wordClass: 'verb',
        gloss: { text: 'to go', source: 'dictionary' },
        parts: [{ form: '가', wordClass: 'verb', grammar: null, termId: null, lemma: '가다' }],
        patterns: [],
      },
    },
    terms: { ko: {}, en: {} },
    grammar: { ko: {}, en: {} },
    patterns: { ko: {}, en: {} },
  },
});
const saved = (id: string, updatedAt = NOW.toISOString(), ko = '가요.'): SavedText => ({
  id,
  title: `글 ${id}`,
  createdAt: NOW.toISOString(),
  updatedAt,
  text: text(ko),
});
const legacyStore = (...texts: SavedText[]): TextStore => ({ version: 2, texts: Object.fromEntries(texts.map((t) => [t.id, t])) });
const memory = (initial: Record<string, string> = {}) => {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};
let dbs = 0;
const freshDb = (): Promise<Db> => openAppDb(`test-${++dbs}`);

describe('saved texts in IndexedDB', () => {
  it('are saved, listed by id in a Map, reopened whole, renamed and deleted (kept, undoable)', async () => {
    const db = await freshDb();
    await putText(db, saved('a'));
    await putText(db, saved('b', at(1), '와요.'));
    const { texts, keptAside } = await listTexts(db);
    expect([...texts.keys()].sort()).toEqual(['a', 'b']);
    expect(keptAside).toEqual([]);
    expect((await readText(db, 'b')).text).toEqual(saved('b', at(1), '와요.'));
    expect(await changeTextRecord(db, 'a', { title: '새 이름' }, new Date(at(2)))).toBe(true);
    expect(await changeTextRecord(db, 'a', { deleted: true }, new Date(at(3)))).toBe(true);
    expect((await readText(db, 'a')).text).toMatchObject({ title: '새 이름', deletedAt: at(3), updatedAt: at(3) });
    await changeTextRecord(db, 'a', { deleted: false }, new Date(at(4)));
    expect((await readText(db, 'a')).text?.deletedAt).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('has no text under the prototype name %s', async (id) => {
    const db = await freshDb();
    await putText(db, saved('a'));
    expect(await readText(db, id)).toEqual({ text: null, keptAside: null });
    expect((await listTexts(db)).texts.get(id)).toBeUndefined();
    expect(await changeTextRecord(db, id, { title: 'x' })).toBe(false);
  });

  it('keeps an unreadable record aside, as it was, and lists the others', async () => {
    const db = await freshDb();
    await putText(db, saved('a'));
    await putText(db, saved('b'));
    await db.put('texts', { version: 3, id: 'b', title: 7 }, 'b');
    await db.put('analyses', { version: 3, gz: new Uint8Array([1, 2, 3]) }, 'a');
    const { texts, keptAside } = await listTexts(db, NOW);
    expect([...texts.keys()]).toEqual(['a']);
    expect(keptAside).toHaveLength(1);
    const opened = await readText(db, 'a', NOW);
    expect(opened.text).toBeNull();
    expect(opened.keptAside).toMatch(new RegExp(`^${TEXTS_KEY}\\.backup\\.${NOW.toISOString()}`));
    const backups = await Promise.all((await listDbBackups(db)).map((key) => db.get('backups', key)));
    expect(backups.map((b) => b?.data)).toEqual(
      expect.arrayContaining([
        { id: 'b', meta: { version: 3, id: 'b', title: 7 }, analysis: expect.anything() },
        { id: 'a', meta: expect.objectContaining({ id: 'a' }), analysis: { version: 3, gz: new Uint8Array([1, 2, 3]) } },
      ]),
    );
    expect((await listTexts(db)).texts.size).toBe(0);
  });
});

describe('the migration from localStorage', () => {
  it('copies every text, checks it, and only then removes the old key', async () => {
    const db = await freshDb();
    const storage = memory({ [TEXTS_KEY]: JSON.stringify(legacyStore(saved('a'), saved('b', at(1), '와요.'))) });
    expect(await migrateLegacyTexts(db, storage, NOW)).toEqual({ migrated: 2, keptAside: null });
    expect(storage.map.has(TEXTS_KEY)).toBe(false);
    expect((await readText(db, 'a')).text).toEqual(saved('a'));
    expect((await readText(db, 'b')).text).toEqual(saved('b', at(1), '와요.'));
    expect(await migrateLegacyTexts(db, storage, NOW)).toEqual({ migrated: 0, keptAside: null });
  });

  it('failing half-way loses nothing: the old key stays readable, and the next load finishes the move', async () => {
    const db = await freshDb();
    const texts = [saved('a'), saved('b', at(1), '와요.'), saved('c', at(2), '봐요.')];
    const raw = JSON.stringify(legacyStore(...texts));
    const storage = memory({ [TEXTS_KEY]: raw });
    const failAfterFirst = {
      afterCopy: (id: string) => {
        if (id === 'a') throw new Error('the tab was closed');
      },
    };
    await expect(migrateLegacyTexts(db, storage, NOW, failAfterFirst)).rejects.toThrow('the tab was closed');
    expect(storage.map.get(TEXTS_KEY)).toBe(raw);
    expect([...(await listTexts(db)).texts.keys()]).toEqual(['a']);
    expect([...readLegacyTexts(storage)!.values()]).toEqual(texts);
    // A change made in the database meanwhile is newer than the old copy, and wins.
    await changeTextRecord(db, 'a', { title: 'renamed' }, new Date(at(5)));
    expect(await migrateLegacyTexts(db, storage, NOW)).toEqual({ migrated: 3, keptAside: null });
    expect(storage.map.has(TEXTS_KEY)).toBe(false);
    expect((await readText(db, 'a')).text?.title).toBe('renamed');
    for (const t of texts.slice(1)) expect((await readText(db, t.id)).text).toEqual(t);
  });

  it('a text under an id such as __proto__ is not lost: the old store is kept aside whole', async () => {
    const db = await freshDb();
    const raw = `{"version":2,"texts":{"__proto__":${JSON.stringify(saved('__proto__'))},"a":${JSON.stringify(saved('a'))}}}`;
    const storage = memory({ [TEXTS_KEY]: raw });
    const { migrated, keptAside } = await migrateLegacyTexts(db, storage, NOW);
    expect(migrated).toBe(1);
    expect(keptAside).toBe(`${TEXTS_KEY}.backup.${NOW.toISOString()}`);
    expect((await db.get('backups', keptAside!))?.data).toBe(raw);
    expect(storage.map.has(TEXTS_KEY)).toBe(false);
  });

  it('a failing database write leaves the old key in place', async () => {
    const db = await freshDb();
    const raw = JSON.stringify(legacyStore(saved('a')));
    const storage = memory({ [TEXTS_KEY]: raw });
    db.close();
    await expect(migrateLegacyTexts(db, storage, NOW)).rejects.toThrow();
    expect(storage.map.get(TEXTS_KEY)).toBe(raw);
  });

  it('unreadable data of any size is kept aside in the database, compared, and only then removed', async () => {
    const db = await freshDb();
    const raw = `{"version":2,"texts":{${'x'.repeat(5 * 1024 * 1024)}`;
    const storage = memory({ [TEXTS_KEY]: raw });
    const { keptAside } = await migrateLegacyTexts(db, storage, NOW);
    expect(keptAside).toBe(`${TEXTS_KEY}.backup.${NOW.toISOString()}`);
    expect(storage.map.has(TEXTS_KEY)).toBe(false);
    const backup = await db.get('backups', (await listDbBackups(db))[0]!);
    expect(backup).toMatchObject({ key: keptAside, store: TEXTS_KEY, reason: 'unreadable' });
    expect(backup!.data).toBe(raw);
    // Interrupted after the copy and run again: the same copy is used, not a second one.
    storage.setItem(TEXTS_KEY, raw);
    expect((await migrateLegacyTexts(db, storage, new Date(at(1)))).keptAside).toBe(keptAside);
    expect(await listDbBackups(db)).toHaveLength(1);
  });
});

describe('50,000 characters of Korean', () => {
  const analysed = analyseImport(getCorpus(), { ko: longKoreanText(50_000), en: '', title: '' });

  it('compact storage gives back exactly what the analysis route sent', () => {
    expect(expandText(compactText(analysed))).toEqual(analysed);
  });

  it('is stored in at most 600 KB', async () => {
    const { meta, analysis } = await recordsOf({
      id: 'x',
      title: 'long',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      text: analysed,
    });
    expect(serialize(meta).length + serialize(analysis).length).toBeLessThanOrEqual(600 * 1024);
  });

  it('twenty such texts are saved and reopened whole', async () => {
    const db = await freshDb();
    const ids = Array.from({ length: 20 }, (_, i) => `text-${i}`);
    for (const id of ids) await putText(db, { id, title: id, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), text: analysed });
    expect((await listTexts(db)).texts.size).toBe(20);
    const first = (await readText(db, ids[0]!)).text?.text;
    expect(first).toEqual(analysed);
    // The rest compared as text: the same output as the first, quicker than a deep comparison.
    for (const id of ids.slice(1)) expect(JSON.stringify((await readText(db, id)).text?.text)).toBe(JSON.stringify(first));
  }, 120_000); // 20 × (gzip, store, unpack, validate) of a 4.6 MB analysis: slow on a busy machine, never timed
});
