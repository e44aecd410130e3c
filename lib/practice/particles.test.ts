import { josa } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { PARTICLE_PAIRS, attachParticle, correctParticle, explainParticle, pairByKey } from './particles';
import { guessFinal, readAloud } from './reading';

const pair = (key: string) => pairByKey(key)!;

describe('a particle follows the word as it is read', () => {
  it.each([
    // Numbers, read as Sino-Korean numerals: 300 → 삼백
    ['300', 'topic', '은'],
    ['300', 'subject', '이'],
    ['300', 'object', '을'],
    ['300', 'and', '과'],
    ['300', 'means', '으로'],
    ['1', 'means', '로'],
    ['7', 'means', '로'],
    ['8', 'means', '로'],
    ['10', 'means', '으로'],
    ['3', 'means', '으로'],
    ['2', 'means', '로'],
    ['34', 'subject', '가'],
    ['4,600', 'topic', '은'],
    ['1,300', 'object', '을'],
    ['10000', 'topic', '은'],
    ['1.5', 'topic', '는'],
    ['100%', 'subject', '가'],
    // Latin words read as the word
    ['Google', 'subject', '이'],
    ['Google', 'means', '로'],
    ['Microsoft', 'topic', '는'],
    ['Azure', 'object', '를'],
    ['InfiniBand', 'means', '로'],
    ['Blackwell', 'and', '과'],
    ['NVIDIA', 'subject', '가'],
    // Abbreviations letter by letter
    ['GPU', 'subject', '가'],
    ['AMD', 'subject', '가'],
    ['CEO', 'subject', '가'],
    ['SNS', 'subject', '가'],
    ['IBM', 'object', '을'],
    ['CTO', 'topic', '는'],
    ['AI', 'object', '를'],
    ['HBM', 'topic', '은'],
    ['URL', 'means', '로'],
    ['URL', 'topic', '은'],
    // Abbreviations said as a word
    ['NASA', 'subject', '가'],
    ['DRAM', 'object', '을'],
    // Mixed
    ['GB200', 'topic', '은'],
    ['GB300', 'subject', '이'],
    ['H100', 'means', '으로'],
    ['A7', 'means', '로'],
    ['오픈AI', 'subject', '가'],
    ['오픈AI', 'topic', '는'],
    // A gloss in parentheses does not count; the word before it does
    ['인피니밴드(InfiniBand)', 'means', '로'],
    ['케빈 스콧(Kevin Scott)', 'subject', '이'],
    ['1조 달러(약 1,300조 원)', 'object', '를'],
    // Hangul as written
    ['서버', 'object', '를'],
    ['서울', 'means', '로'],
    ['엔비디아', 'subject', '가'],
    // English words not in the table: guessed from the spelling
    ['Drive', 'subject', '가'],
    ['Phone', 'topic', '은'],
    ['Gaming', 'object', '을'],
    ['Robot', 'topic', '은'],
    ['Notebook', 'topic', '은'],
    ['Portal', 'means', '로'],
    ['Desk', 'subject', '가'],
  ])('%s + %s → %s', (noun, key, form) => {
    expect(correctParticle(noun, pair(key))).toBe(form);
    expect(attachParticle(noun, key)).toBe(noun + form);
  });

  it.each([
    ['300', '삼백', 'number'],
    ['4,600', '사천육백', 'number'],
    ['10000', '만', 'number'],
    ['1.5', '일점오', 'number'],
    ['GB200', '지비이백', 'number'],
    ['GPU', '지피유', 'letters'],
    ['AMD', '에이엠디', 'letters'],
    ['오픈AI', '오픈에이아이', 'letters'],
    ['Google', '구글', 'word'],
    ['서버', '서버', 'hangul'],
    ['Drive', null, 'guess'],
  ])('%s is read %s (%s)', (noun, reading, kind) => {
    const r = readAloud(noun);
    expect([r.reading?.replace(/ /g, '') ?? null, r.kind]).toEqual([reading, kind]);
  });

  it.each([
    ['game', 'ㅁ'],
    ['design', 'ㄴ'],
    ['ping', 'ㅇ'],
    ['scale', 'ㄹ'],
    ['chip', 'ㅂ'],
    ['chat', 'ㅅ'],
    ['book', 'ㄱ'],
    ['click', 'ㄱ'],
    ['cake', ''],
    ['dark', ''],
    ['server', ''],
    ['boat', ''],
    ['page', ''],
  ])('the guess for %s ends in “%s”', (word, final) => expect(guessFinal(word)).toBe(final));
});

describe('the explanation is grammatical in every branch, in both languages', () => {
  // One row per branch: how the word is read × vowel, consonant, ㄹ before (으)로.
  it.each([
    [
      '서버',
      'topic',
      '서버의 마지막 글자 버에 받침이 없으므로 ‘는’을 씁니다(‘은’이 아님).',
      '서버 ends in a vowel (버 has no batchim), so it takes 는, not 은.',
    ],
    [
      '엔비디아',
      'subject',
      '엔비디아의 마지막 글자 아에 받침이 없으므로 ‘가’를 씁니다(‘이’가 아님).',
      '엔비디아 ends in a vowel (아 has no batchim), so it takes 가, not 이.',
    ],
    [
      '인피니밴드',
      'means',
      '인피니밴드의 마지막 글자 드에 받침이 없으므로 ‘로’를 씁니다(‘으로’가 아님).',
      '인피니밴드 ends in a vowel (드 has no batchim), so it takes 로, not 으로.',
    ],
    [
      '규모',
      'and',
      '규모의 마지막 글자 모에 받침이 없으므로 ‘와’를 씁니다(‘과’가 아님).',
      '규모 ends in a vowel (모 has no batchim), so it takes 와, not 과.',
    ],
    [
      '서버',
      'object',
      '서버의 마지막 글자 버에 받침이 없으므로 ‘를’을 씁니다(‘을’이 아님).',
      '서버 ends in a vowel (버 has no batchim), so it takes 를, not 을.',
    ],
    [
      '시스템',
      'topic',
      '시스템의 마지막 글자 템에 받침 ㅁ이 있으므로 ‘은’을 씁니다(‘는’이 아님).',
      '시스템 ends in a consonant (batchim ㅁ in 템), so it takes 은, not 는.',
    ],
    [
      '서울',
      'means',
      '서울의 마지막 글자 울의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님).',
      '서울 ends in ㄹ (울). (으)로 treats ㄹ like a vowel, so it takes 로, not 으로.',
    ],
    [
      '300',
      'topic',
      '숫자는 한자어 수사로 읽으므로 300은 ‘삼백’으로 읽습니다. 마지막 소리 ‘백’에 받침 ㄱ이 있으므로 ‘은’을 씁니다(‘는’이 아님).',
      'Numbers are read as Sino-Korean numerals: 300 is read 삼백. 삼백 ends in a consonant (batchim ㄱ in 백), so it takes 은, not 는.',
    ],
    [
      '2',
      'means',
      '숫자는 한자어 수사로 읽으므로 2는 ‘이’로 읽습니다. 마지막 소리 ‘이’에 받침이 없으므로 ‘로’를 씁니다(‘으로’가 아님).',
      'Numbers are read as Sino-Korean numerals: 2 is read 이. 이 ends in a vowel (이 has no batchim), so it takes 로, not 으로.',
    ],
    [
      '8',
      'means',
      '숫자는 한자어 수사로 읽으므로 8은 ‘팔’로 읽습니다. 마지막 소리 ‘팔’의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님).',
      'Numbers are read as Sino-Korean numerals: 8 is read 팔. 팔 ends in ㄹ (팔). (으)로 treats ㄹ like a vowel, so it takes 로, not 으로.',
    ],
    [
      'GB200',
      'topic',
      '숫자는 한자어 수사로 읽으므로 GB200은 ‘지비이백’으로 읽습니다. 마지막 소리 ‘백’에 받침 ㄱ이 있으므로 ‘은’을 씁니다(‘는’이 아님).',
      'Numbers are read as Sino-Korean numerals: GB200 is read 지비이백. 지비이백 ends in a consonant (batchim ㄱ in 백), so it takes 은, not 는.',
    ],
    [
      'GPU',
      'subject',
      '영문 약어는 알파벳을 한 글자씩 읽으므로 GPU는 ‘지피유’로 읽습니다. 마지막 소리 ‘유’에 받침이 없으므로 ‘가’를 씁니다(‘이’가 아님).',
      'An abbreviation is read letter by letter: GPU is read 지피유. 지피유 ends in a vowel (유 has no batchim), so it takes 가, not 이.',
    ],
    [
      'IBM',
      'object',
      '영문 약어는 알파벳을 한 글자씩 읽으므로 IBM은 ‘아이비엠’으로 읽습니다. 마지막 소리 ‘엠’에 받침 ㅁ이 있으므로 ‘을’을 씁니다(‘를’이 아님).',
      'An abbreviation is read letter by letter: IBM is read 아이비엠. 아이비엠 ends in a consonant (batchim ㅁ in 엠), so it takes 을, not 를.',
    ],
    [
      'URL',
      'means',
      '영문 약어는 알파벳을 한 글자씩 읽으므로 URL은 ‘유알엘’로 읽습니다. 마지막 소리 ‘엘’의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님).',
      'An abbreviation is read letter by letter: URL is read 유알엘. 유알엘 ends in ㄹ (엘). (으)로 treats ㄹ like a vowel, so it takes 로, not 으로.',
    ],
    [
      '오픈AI',
      'subject',
      '영문 약어는 알파벳을 한 글자씩 읽으므로 오픈AI는 ‘오픈에이아이’로 읽습니다. 마지막 소리 ‘이’에 받침이 없으므로 ‘가’를 씁니다(‘이’가 아님).',
      'An abbreviation is read letter by letter: 오픈AI is read 오픈에이아이. 오픈에이아이 ends in a vowel (이 has no batchim), so it takes 가, not 이.',
    ],
    [
      'Azure',
      'object',
      '로마자로 적은 단어나 이름은 그 단어의 발음대로 읽으므로 Azure는 ‘애저’로 읽습니다. 마지막 소리 ‘저’에 받침이 없으므로 ‘를’을 씁니다(‘을’이 아님).',
      'A word in Latin letters is read as the word: Azure is read 애저. 애저 ends in a vowel (저 has no batchim), so it takes 를, not 을.',
    ],
    [
      'Google',
      'subject',
      '로마자로 적은 단어나 이름은 그 단어의 발음대로 읽으므로 Google은 ‘구글’로 읽습니다. 마지막 소리 ‘글’에 받침 ㄹ이 있으므로 ‘이’를 씁니다(‘가’가 아님).',
      'A word in Latin letters is read as the word: Google is read 구글. 구글 ends in a consonant (batchim ㄹ in 글), so it takes 이, not 가.',
    ],
    [
      'Google',
      'means',
      '로마자로 적은 단어나 이름은 그 단어의 발음대로 읽으므로 Google은 ‘구글’로 읽습니다. 마지막 소리 ‘글’의 받침은 ㄹ입니다. (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님).',
      'A word in Latin letters is read as the word: Google is read 구글. 구글 ends in ㄹ (글). (으)로 treats ㄹ like a vowel, so it takes 로, not 으로.',
    ],
    [
      'Drive',
      'subject',
      'Drive는 영어 단어로 읽습니다. 철자로 보아 마지막 소리에 받침이 없으므로 ‘가’를 씁니다(‘이’가 아님). 철자만 보고 짐작한 것이므로 실제 발음을 확인하세요.',
      'Drive is read as an English word. Going by its spelling, its last sound is a vowel, so it takes 가, not 이. This is a guess from the spelling: check how the word is said.',
    ],
    [
      'Phone',
      'topic',
      'Phone은 영어 단어로 읽습니다. 철자로 보아 마지막 소리에 받침 ㄴ이 있으므로 ‘은’을 씁니다(‘는’이 아님). 철자만 보고 짐작한 것이므로 실제 발음을 확인하세요.',
      'Phone is read as an English word. Going by its spelling, its last sound ends in a consonant (batchim ㄴ), so it takes 은, not 는. This is a guess from the spelling: check how the word is said.',
    ],
    [
      'Portal',
      'means',
      'Portal은 영어 단어로 읽습니다. 철자로 보아 마지막 소리에 받침 ㄹ이 있고, (으)로는 ㄹ 받침 뒤에서 모음 뒤처럼 ‘로’를 씁니다(‘으로’가 아님). 철자만 보고 짐작한 것이므로 실제 발음을 확인하세요.',
      'Portal is read as an English word. Going by its spelling, its last sound is ㄹ, which (으)로 treats like a vowel, so it takes 로, not 으로. This is a guess from the spelling: check how the word is said.',
    ],
    [
      '인피니밴드(InfiniBand)',
      'means',
      '인피니밴드(InfiniBand)의 마지막 글자 드에 받침이 없으므로 ‘로’를 씁니다(‘으로’가 아님). 괄호 안의 말은 따지지 않고 그 앞의 말에 맞춥니다.',
      '인피니밴드(InfiniBand) ends in a vowel (드 has no batchim), so it takes 로, not 으로. The gloss in parentheses does not count: the particle follows the word before it.',
    ],
  ])('%s + %s', (noun, key, ko, en) => {
    expect(explainParticle(noun, pair(key), 'ko')).toBe(ko);
    expect(explainParticle(noun, pair(key), 'en')).toBe(en);
  });

  // Every particle the Korean explanation itself attaches agrees with what it follows.
  const NOUNS = ['서버', '시스템', '서울', '규모', '300', '1', '7', '10', 'GPU', 'AMD', 'IBM', 'URL', 'GB200', '오픈AI', 'Google', 'Azure'];
  const GUESSED = ['Drive', 'Phone', 'Portal', 'Gaming'];
  it.each([...NOUNS, ...GUESSED])('every particle after a quoted form agrees with it: %s', (noun) => {
    for (const p of PARTICLE_PAIRS) {
      const text = explainParticle(noun, p, 'ko');
      expect(text).not.toMatch(/‘[^’]+’(는를|은가|을을|를를)/);
      for (const [, word, particle] of text.matchAll(/‘([^’]+)’(을|를|이|가|으로|로)/g)) {
        const options = /을|를/.test(particle!) ? '을/를' : /이|가/.test(particle!) ? '이/가' : '으로/로';
        expect(`‘${word}’${particle}`).toBe(`‘${word}’${josa(word!, options).slice(word!.length)}`);
      }
      const topic = /^(\S+?)(은|는) /.exec(text.replace(/^[^.]*읽으므로 /, ''));
      if (topic && !text.startsWith(`${noun}의`)) expect(topic[0].trim()).toBe(attachParticle(noun, 'topic'));
      expect(explainParticle(noun, p, 'en')).toMatch(new RegExp(`takes ${correctParticle(noun, p)}, not `));
    }
  });
});

describe('words that name Object.prototype properties', () => {
  it.each(['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('%s is read as any Latin word', (word) => {
    expect(readAloud(word).kind).toBe('guess');
    expect(() => correctParticle(word, PARTICLE_PAIRS[0]!)).not.toThrow();
  });
});
