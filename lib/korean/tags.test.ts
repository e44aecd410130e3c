import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGrammar } from './grammar';
import { LEXICON_PARTICLES } from './lexicon';
import { tokenizeKorean } from './lindera';
import { ALL_TAGS, classifyTag, isContentWord, isPredicateTag, tagForUnknown, tagInfo } from './tags';

describe('the ko-dic tag table', () => {
  it.each([
    ['VV+EC', 'verb', true],
    ['XSV+EP', 'suffix', true],
    ['JKB', 'particle', false],
    ['NNP', 'proper noun', false],
    ['ETM', 'ending', false],
    ['UNK', 'symbol', false],
    ['toString', 'symbol', false],
  ])('%s is a %s (predicate: %s)', (tag, wordClass, predicate) => {
    expect([classifyTag(tag), isPredicateTag(tag)]).toEqual([wordClass, predicate]);
  });

  it('knows every tag ko-dic gives on prose of several kinds', () => {
    const text = [
      '삼성전자는 2분기 영업이익이 9000억원으로 전년 동기보다 0.1%포인트 늘었다고 12일 밝혔다.',
      '어제 친구랑 카페에 갔는데요, 진짜 맛있더라고요! 아이고, 또 가고 싶네요.',
      '양파 2개를 썰어 주세요. 냄비에 물을 붓고 10분 동안 끓이십시오.',
      '신청 기간은 3월 4일부터이며, 제출 서류를 꼭 확인하시기 바랍니다.',
      '“어디 가?” 그가 물었다. 나는 아무 대답도 하지 않았다…',
    ].join(' ');
    const unknown = tokenizeKorean(text).flatMap((m) => [m.tag, ...(m.parts ?? []).map((p) => p.tag)].flatMap((t) => t.split('+')));
    expect([...new Set(unknown)].filter((tag) => !(ALL_TAGS as string[]).includes(tag))).toEqual([]);
  });

  it.each([
    ['9000', 'SN'],
    ['GPU', 'SL'],
    ['…', 'SY'],
    ['半導體', 'SH'],
  ])('an unknown token %s stands for %s', (surface, tag) => {
    expect(tagForUnknown(surface)).toBe(tag);
  });

  it('has one definition of a content word, proper nouns included', () => {
    expect(['noun', 'proper noun', 'verb', 'adjective', 'adverb'].every((c) => isContentWord(c as never))).toBe(true);
    expect(['particle', 'ending', 'number', 'symbol', 'foreign', 'suffix'].some((c) => isContentWord(c as never))).toBe(false);
  });

  it('every particle the lexicon accepts after a word is explained by the josa/eomi table', () => {
    const unexplained = [...LEXICON_PARTICLES.values()].filter((p) =>
      p.parts
        ? p.parts.some((part) => tagInfo(part.tag).role !== 'copula' && !findGrammar(part.form, part.tag))
        : !findGrammar(p.surface, p.tag),
    );
    expect(unexplained.map((p) => `${p.surface}/${p.tag}`)).toEqual([]);
  });
});

describe('one owner for tag knowledge', () => {
  // A tag spelled as a string, or a regular expression over tags (/^NN/, /^(J|E)/), outside tags.ts.
  const literal = new RegExp(`['"\`](${ALL_TAGS.join('|')})(\\+[A-Z]+)*['"\`]|startsWith\\(\\s*['"][A-Z]{1,3}['"]`);
  const pattern = /\/\^\(?(NN|NP|NR|J|E|V|X|S|M)[A-Z]*(\|[A-Z]+)*\)?[/$\]]/;
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return sources(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });

  it('no file but lib/korean/tags.ts spells a ko-dic tag', () => {
    const files = ['lib', 'components', 'app'].flatMap(sources).filter((f) => !f.endsWith(path.join('korean', 'tags.ts')));
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const code = /^\s*(\*|\/\/|\/\*)/.test(line) ? '' : line; // doc comments may name tags
          return literal.test(code) || pattern.test(code) ? [`${file}:${i + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(hits).toEqual([]);
  });
});
