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
      {
        id: 'p01',
        mode: 'korean-only',
        sentences: [{ id: 'p01-1', ko: '가요.', en: null, korean: { eojeols: [{ start: 0, end: 3 }], terms: [] }, english: null }],
      },
    ],
    payload: {
      words: {
        'p01-1:0': {
          surface: '가요.',
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
  },
});
const store = (...texts: SavedText[]): TextStore => ({ version: 2, texts: Object.fromEntries(texts.map((t) => [t.id, t])) });
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
    ['a broken version-1 text', JSON.stringify({ version: 1, texts: { a: { ...saved('a'), text: { title: 1 } } } }), 'invalid'],
    ['a broken text', JSON.stringify(store({ ...saved('a'), title: 5 as unknown as string })), 'invalid'],
  ])('keeps %s aside under a backup key', (_name, raw, reason) => {
    const storage = memory({ [TEXTS_KEY]: raw });
    const { value, recovery } = readStore(storage, TEXTS_KEY, parseTextStore, emptyTextStore, NOW);
    expect(value).toEqual(emptyTextStore());
    expect(recovery).toMatchObject({ reason, backupKey: `${TEXTS_KEY}.backup.${NOW.toISOString()}` });
    expect(storage.getItem(recovery!.backupKey)).toBe(raw);
  });

  it('reads version 1 (positional tuples) into named fields, losing nothing', () => {
    const v1 = {
      version: 1,
      texts: {
        a: {
          ...saved('a'),
          text: {
            title: '',
            notice: null,
            hasEnglish: true,
            paragraphs: [
              {
                id: 'p01',
                mode: 'sentence',
                sentences: [
                  {
                    id: 'p01-1',
                    ko: 'AI로 가요.',
                    en: 'Go by AI.',
                    k: {
                      e: [
                        [0, 3],
                        [4, 7],
                      ],
                      t: [['ai', 0, 0]],
                    },
                    e: [{ text: 'AI', termId: 'ai' }],
                  },
                ],
              },
            ],
            payload: {
              words: {
                'p01-1:0': [
                  'AI로',
                  'AI',
                  'noun',
                  'AI',
                  [
                    ['AI', 'noun', null, 'ai', 'AI'],
                    ['로', 'particle', 'means', null, '로'],
                  ],
                ],
              },
              terms: { ko: { ai: ['AI', 'AI', 'AI', '인공지능'] }, en: { ai: ['AI', 'AI', 'AI', 'artificial intelligence'] } },
              grammar: { ko: { means: ['(으)로', '수단', null] }, en: { means: ['(으)로', 'by means of', 'after a vowel'] } },
            },
          },
        },
      },
    };
    const { text } = parseTextStore(JSON.stringify(v1)).texts.a!;
    expect(text.paragraphs[0]!.sentences[0]).toMatchObject({
      korean: {
        eojeols: [
          { start: 0, end: 3 },
          { start: 4, end: 7 },
        ],
        terms: [{ termId: 'ai', firstEojeol: 0, lastEojeol: 0 }],
      },
      english: [{ text: 'AI', termId: 'ai' }],
    });
    expect(text.payload.words['p01-1:0']!.parts[1]).toEqual({
      form: '로',
      wordClass: 'particle',
      grammar: 'means',
      termId: null,
      lemma: '로',
    });
    expect(text.payload.terms.en.ai).toEqual({ headword: 'AI', romanization: 'AI', english: 'AI', definition: 'artificial intelligence' });
    expect(text.payload.grammar.en.means).toEqual({ label: '(으)로', fn: 'by means of', batchim: 'after a vowel' });
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
