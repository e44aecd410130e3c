import { describe, expect, it } from 'vitest';
import { analyseImport, getCorpus } from '@/lib/reader';
import { longKoreanText } from '../../scripts/long-korean';
import { PACKED_FORMAT, packImportedText, packedTextSchema, unpackImportedText } from './packed';
import type { ImportedText } from './schema';

/** Through JSON and back, as the route sends it and the browser reads it. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const small: ImportedText = {
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
          ko: '가요  가요.',
          en: 'Go go.',
          korean: {
            eojeols: [
              { start: 0, end: 2 },
              { start: 4, end: 7 },
            ],
            terms: [{ termId: 'go', firstEojeol: 0, lastEojeol: 1 }],
          },
          english: [{ text: 'Go', termId: 'go' }, { text: ' go.' }],
        },
      ],
    },
  ],
  payload: {
    words: {
      'p01-1:0': {
        surface: '가요',
        lemma: '가다',
        wordClass: 'verb',
        gloss: { text: 'to go', source: 'dictionary' },
        parts: [
          { form: '가', wordClass: 'verb', grammar: null, termId: null, lemma: '가다' },
          { form: '요', wordClass: 'ending', grammar: '요', termId: null, lemma: '요' },
        ],
        patterns: [{ key: 'twice', words: [0, 1] }],
      },
      // Not the slice of its sentence it stands for: its surface is kept.
      'p01-1:1': {
        surface: '가요!',
        lemma: '가다',
        wordClass: 'verb',
        gloss: { text: 'to go', source: 'compound', parts: [{ lemma: '가', gloss: 'go' }] },
        parts: [{ form: '가', wordClass: 'verb', grammar: null, termId: null, lemma: '가다' }],
        patterns: [{ key: 'twice', words: [0, 1] }],
      },
    },
    terms: { ko: {}, en: {} },
    grammar: { ko: {}, en: {} },
    patterns: { ko: { twice: { label: '두 번', fn: '두 번' } }, en: { twice: { label: 'twice', fn: 'twice' } } },
  },
};

describe('the packed analysis (what POST /api/analyse sends)', () => {
  it('unpacks to exactly the text that was packed, here by hand', () => {
    const packed = wire(packImportedText(small));
    expect(packedTextSchema.safeParse(packed).success).toBe(true);
    expect(unpackImportedText(packed)).toEqual(small);
  });

  it('unpacks to exactly the analysis of a long text, Korean alone and with English', () => {
    const ko = longKoreanText(6_000);
    const en = ko
      .split('\n')
      .map((line) => (line ? 'The GPU in the data center is linked by InfiniBand.' : line))
      .join('\n');
    for (const input of [
      { ko, en: '', title: '' },
      { ko, en, title: '제목' },
    ]) {
      const text = analyseImport(getCorpus(), input);
      expect(unpackImportedText(wire(packImportedText(text)))).toEqual(wire(text));
    }
  });

  it('sends each distinct word, part and gloss once, the most used first', () => {
    const text = analyseImport(getCorpus(), { ko: longKoreanText(12_000), en: '', title: '' });
    const packed = packImportedText(text);
    const eojeols = packed.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.w));
    expect(packed.words.length).toBeLessThan(eojeols.length * 0.8);
    for (const list of [packed.words, packed.parts, packed.glosses])
      expect(new Set(list.map((entry) => JSON.stringify(entry))).size).toBe(list.length);
    const uses = packed.words.map((_, i) => eojeols.filter((w) => w === i).length);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
    // The whole text is far smaller packed than as one entry per eojeol.
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(text).length / 4);
  });

  it('refuses what does not fit, with an error rather than a wrong text', () => {
    const good = wire(packImportedText(small)) as ReturnType<typeof packImportedText>;
    const broken = (change: (packed: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return () => unpackImportedText(copy);
    };
    expect(() => unpackImportedText({ error: 'busy' })).toThrow(/expected shape/);
    expect(() => unpackImportedText(null)).toThrow(/expected shape/);
    expect(broken((p) => Object.assign(p, { format: PACKED_FORMAT + 1 }))).toThrow(/expected shape/);
    expect(broken((p) => (p.paragraphs[0]!.sentences[0]!.w = [0]))).toThrow(/1 words for 2 eojeols/);
    expect(broken((p) => (p.paragraphs[0]!.sentences[0]!.w = [0, 99]))).toThrow(/points nowhere/);
    expect(broken((p) => (p.words[0]![3] = [99]))).toThrow(/points nowhere/);
    expect(broken((p) => (p.words[0]![2] = 99))).toThrow(/gloss points nowhere/);
    expect(broken((p) => (p.words[0]![1] = 99))).toThrow(/word class 99 points nowhere/);
    expect(broken((p) => (p.paragraphs[0]!.sentences[0]!.p = [['twice', [0, 5]]]))).toThrow(/spans a word that is not there/);
    expect(broken((p) => (p.paragraphs[0]!.sentences[0]!.t = [['go', 1, 0]]))).toThrow(/spans words that are not there/);
  });

  it('refuses to pack eojeols that are not the whitespace-separated spans of their sentence', () => {
    const odd = structuredClone(small);
    odd.paragraphs[0]!.sentences[0]!.korean.eojeols[0] = { start: 0, end: 1 };
    expect(() => packImportedText(odd)).toThrow(/whitespace-separated spans/);
  });
});
