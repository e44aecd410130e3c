import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pairTexts, sanitiseText, sanitiseTitle, splitEnglishSentences, splitKoreanSentences, splitParagraphs } from './index';

describe('splitKoreanSentences', () => {
  it.each([
    ['좋아요. 정말 좋아요!', ['좋아요.', '정말 좋아요!']],
    ['무려 4,600개 이상입니다. 다음 문장.', ['무려 4,600개 이상입니다.', '다음 문장.']],
    ['약 4.5배입니다. 끝.', ['약 4.5배입니다.', '끝.']],
    ['이를 ‘첫 번째’ AI 팩토리로 지칭했는데요. 놀랍죠?', ['이를 ‘첫 번째’ AI 팩토리로 지칭했는데요.', '놀랍죠?']],
    ['‘정말? 그래요?’라고 물었어요. 네.', ['‘정말? 그래요?’라고 물었어요.', '네.']],
    ['“오늘날의 수요를 충족시킬 위치에 있다.”고 강조했어요. 끝', ['“오늘날의 수요를 충족시킬 위치에 있다.”고 강조했어요.', '끝']],
    ['어떻게 생각하시나요?! 댓글로 나눠주세요…', ['어떻게 생각하시나요?!', '댓글로 나눠주세요…']],
    ['사이트 example.com에서 봤어요. 정말요.', ['사이트 example.com에서 봤어요.', '정말요.']],
    ['마침표 없는 문장', ['마침표 없는 문장']],
    ['마침표 없이 끝났습니다 다음 문장이에요 끝', ['마침표 없이 끝났습니다', '다음 문장이에요', '끝']],
    ['‘그렇습니다 정말로’라고 했어요', ['‘그렇습니다 정말로’라고 했어요']],
    ['하다 보니 늦었다. 끝.', ['하다 보니 늦었다.', '끝.']],
  ])('%s', (text, expected) => {
    expect(splitKoreanSentences(text)).toEqual(expected);
  });
});

describe('splitEnglishSentences (Intl.Segmenter)', () => {
  it.each([
    ['It has 4,600 servers. It is 4.5 times bigger!', ['It has 4,600 servers.', 'It is 4.5 times bigger!']],
    ['Microsoft calls it its ‘first’ AI factory. Really?', ['Microsoft calls it its ‘first’ AI factory.', 'Really?']],
    ['One sentence only', ['One sentence only']],
  ])('%s', (text, expected) => {
    expect(splitEnglishSentences(text)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('첫 줄\n이어짐\n\n\n둘째 문단\n  \n셋째')).toEqual(['첫 줄 이어짐', '둘째 문단', '셋째']);
  });
});

describe('pairTexts', () => {
  it('pairs sentence to sentence when the counts match', () => {
    const { paragraphs, notice } = pairTexts('가요. 와요.\n\n봐요.', 'Go. Come.\n\nLook.');
    expect(notice).toBeNull();
    expect(paragraphs.map((p) => [p.mode, p.sentences.map((s) => [s.id, s.ko, s.en])])).toEqual([
      [
        'sentence',
        [
          ['p01-1', '가요.', 'Go.'],
          ['p01-2', '와요.', 'Come.'],
        ],
      ],
      ['sentence', [['p02-1', '봐요.', 'Look.']]],
    ]);
  });

  it('pairs a paragraph whole when its sentence counts differ, with a notice', () => {
    const { paragraphs, notice } = pairTexts('가요. 와요.', 'Go and come.');
    expect(notice).toBe('sentence-counts-differ');
    expect(paragraphs[0]).toEqual({ id: 'p01', mode: 'paragraph', sentences: [{ id: 'p01-1', ko: '가요. 와요.', en: 'Go and come.' }] });
  });

  it('gives all the English to the first paragraph when the paragraph counts differ', () => {
    const { paragraphs, notice } = pairTexts('가요.\n\n와요.', 'Go. Come.');
    expect(notice).toBe('paragraph-counts-differ');
    expect(paragraphs.map((p) => p.sentences.map((s) => s.en))).toEqual([['Go. Come.'], [null]]);
  });

  it('is Korean only without English', () => {
    expect(pairTexts('가요. 와요.', '  ').paragraphs[0]).toMatchObject({ mode: 'korean-only', sentences: [{ en: null }, { en: null }] });
  });
});

describe('sanitiseText', () => {
  it.each([
    ['control characters', 'a\u0000b\u0007c\u001Fd\u007F', 'abcd'],
    ['lone surrogates', 'x\uD800y\uDC00z', 'x\uFFFDy\uFFFDz'],
    ['a valid surrogate pair', '😀', '😀'],
    ['Windows line breaks', 'a\r\nb\rc', 'a\nb\nc'],
    ['decomposed Hangul', '한국어'.normalize('NFD'), '한국어'],
    ['zero-width and BOM', '\uFEFF가\u200B나', '가나'],
    ['markup, kept as text', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitiseText(input)).toBe(expected);
  });
});

describe('text hygiene', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it('strips every bidirectional embedding, override and isolate control from texts', () => {
    for (const control of BIDI) expect(sanitiseText(`가나${control}다 abc${control}`)).toBe('가나다 abc');
    // Marks that only hint at direction, and Arabic or Hebrew letters, stay.
    expect(sanitiseText('a\u200Eb \u05D0')).toBe('a\u200Eb \u05D0');
  });

  it('titles lose bidi controls and NUL bytes, stay on one line and within the limit', () => {
    expect(sanitiseTitle(' exe.\u202Etxt\u0000 \n 제목\t ')).toBe('exe.txt 제목');
    expect(sanitiseTitle('가'.repeat(MAX_TITLE + 5))).toHaveLength(MAX_TITLE);
    expect(sanitiseTitle('\u0000\u2066\u2069')).toBe('');
  });
});
