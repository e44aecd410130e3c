import { describe, expect, it } from 'vitest';
import { romanizeEojeol, romanizePersonName } from './romanize';
import type { WordClass } from './types';

// Expected values are what the Revised Romanization of Korean (NIKL, 2000) prescribes: the
// standard's own examples where it gives one (marked RR), else the standard pronunciation
// (표준 발음법) written by its table. A word is a noun unless its class is given.
type Row = [word: string, expected: string, wordClass?: WordClass];

const TABLE: Record<string, Row[]> = {
  'the review: no over-applied sound change, no tensing, h kept in nouns': [
    ['현대적인', 'hyeondaejeogin'],
    ['기술인', 'gisurin'],
    ['역할을', 'yeokhareul'],
    ['없이', 'eopsi', 'adverb'],
    ['외국인', 'oegugin'],
  ],
  'the letters (RR 제2장): ㄱ ㄷ ㅂ are g d b before a vowel, k t p before a consonant or at the end': [
    ['구미', 'Gumi', 'proper noun'], // RR
    ['영동', 'Yeongdong', 'proper noun'], // RR
    ['백암', 'Baegam', 'proper noun'], // RR
    ['옥천', 'Okcheon', 'proper noun'], // RR
    ['합덕', 'Hapdeok', 'proper noun'], // RR
    ['호법', 'Hobeop', 'proper noun'], // RR
    ['월곶', 'Wolgot', 'proper noun'], // RR [월곧]
    ['벚꽃', 'beotkkot'], // RR [벋꼳]
    ['한밭', 'Hanbat', 'proper noun'], // RR [한받]
    ['부엌', 'bueok'],
    ['옷', 'ot'],
    ['데이터센터는', 'deiteosenteoneun'],
  ],
  'ㄹ is r before a vowel, l before a consonant or at the end, and ㄹㄹ is ll': [
    ['구리', 'Guri', 'proper noun'], // RR
    ['설악', 'Seorak', 'proper noun'], // RR
    ['칠곡', 'Chilgok', 'proper noun'], // RR
    ['임실', 'Imsil', 'proper noun'], // RR
    ['울릉', 'Ulleung', 'proper noun'], // RR
    ['라면', 'ramyeon'],
    ['달력', 'dallyeok'],
  ],
  'vowels: ㅢ is always ui': [
    ['광희문', 'Gwanghuimun', 'proper noun'], // RR
    ['희망', 'huimang'],
    ['의사', 'uisa'],
    ['무늬', 'munui'],
    ['외교', 'oegyo'],
    ['위원회', 'wiwonhoe'],
  ],
  '연음 (linking), and a final cluster links its second consonant': [
    ['한국어', 'hangugeo'],
    ['쏟아부으며', 'ssodabueumyeo', 'verb'],
    ['옷이', 'osi'],
    ['있어', 'isseo', 'verb'],
    ['깎아', 'kkakka', 'verb'],
    ['닭이', 'dalgi'],
    ['읽어', 'ilgeo', 'verb'],
    ['앉아', 'anja', 'verb'],
    ['젊어', 'jeolmeo', 'adjective'],
    ['값을', 'gapseul'],
    ['읊어', 'eulpeo', 'verb'],
    ['넋이', 'neoksi'],
    ['강아지', 'gangaji'],
  ],
  'final clusters before a consonant or at the end': [
    ['닭', 'dak'],
    ['값', 'gap'],
    ['삶', 'sam'],
    ['여덟', 'yeodeol'],
    ['읽다', 'ikda', 'verb'],
    ['읽고', 'ilgo', 'verb'],
    ['밟다', 'bapda', 'verb'],
    ['넓다', 'neolda', 'adjective'],
    ['앉다', 'anda', 'verb'],
    ['읊다', 'eupda', 'verb'],
  ],
  '비음화 (nasalisation)': [
    ['백마', 'baengma'], // RR
    ['종로', 'Jongno', 'proper noun'], // RR
    ['왕십리', 'Wangsimni', 'proper noun'], // RR
    ['속리산', 'Songnisan', 'proper noun'], // RR
    ['독립문', 'Dongnimmun', 'proper noun'], // RR
    ['극락전', 'Geungnakjeon', 'proper noun'], // RR
    ['국민', 'gungmin'],
    ['먹는', 'meongneun', 'verb'],
    ['있는', 'inneun', 'adjective'],
    ['없는', 'eomneun', 'adjective'],
    ['밟는', 'bamneun', 'verb'],
    ['흙만', 'heungman'],
    ['앞마당', 'ammadang'],
    ['협력', 'hyeomnyeok'],
    ['막론', 'mangnon'],
    ['대통령', 'daetongnyeong'],
    ['강릉', 'Gangneung', 'proper noun'],
  ],
  '유음화 (liquidisation), and ㄴㄴ after a word with a Sino-Korean suffix': [
    ['신라', 'Silla', 'proper noun'], // RR
    ['별내', 'Byeollae', 'proper noun'], // RR
    ['대관령', 'Daegwallyeong', 'proper noun'], // RR
    ['신문로', 'Sinmunno', 'proper noun'], // RR
    ['난로', 'nallo'],
    ['칼날', 'kallal'],
    ['물난리', 'mullalli'],
    ['관리', 'gwalli'],
    ['생산량', 'saengsannyang'],
    ['의견란', 'uigyeonnan'],
    ['뚫는', 'ttulleun', 'verb'],
  ],
  '구개음화 (palatalisation)': [
    ['해돋이', 'haedoji'], // RR
    ['같이', 'gachi', 'adverb'], // RR
    ['굳히다', 'guchida', 'verb'], // RR
    ['굳이', 'guji', 'adverb'],
    ['밭이', 'bachi'],
    ['끝이', 'kkeuchi'],
    ['닫히다', 'dachida', 'verb'],
    ['훑이', 'hulchi'],
  ],
  'aspiration with ㅎ in verbs and adjectives': [
    ['좋고', 'joko', 'adjective'], // RR
    ['놓다', 'nota', 'verb'], // RR
    ['잡혀', 'japyeo', 'verb'], // RR
    ['낳지', 'nachi', 'verb'], // RR
    ['많고', 'manko', 'adjective'],
    ['싫다', 'silta', 'adjective'],
    ['먹히다', 'meokida', 'verb'],
    ['밝히다', 'balkida', 'verb'],
    ['넓히다', 'neolpida', 'verb'],
    ['앉히다', 'anchida', 'verb'],
    ['꽂히다', 'kkochida', 'verb'],
    ['생각하다', 'saenggakada', 'verb'],
    ['급히', 'geupi', 'adverb'],
  ],
  'ㅎ elsewhere: silent before a vowel, [ㄴ] before ㄴ, h kept after ㄴ ㄹ ㅁ ㅇ': [
    ['좋아', 'joa', 'adjective'],
    ['많아', 'mana', 'adjective'],
    ['싫어', 'sireo', 'adjective'],
    ['놓는', 'nonneun', 'verb'],
    ['않는', 'anneun', 'verb'],
    ['좋소', 'joso', 'adjective'],
    ['연화교', 'Yeonhwagyo', 'proper noun'], // RR
    ['결혼', 'gyeolhon'],
    ['영향', 'yeonghyang'],
  ],
  'the noun exception: ㄱ ㄷ ㅂ + ㅎ keep the h in nouns': [
    ['묵호', 'Mukho', 'proper noun'], // RR
    ['집현전', 'Jiphyeonjeon', 'proper noun'], // RR
    ['오죽헌', 'Ojukheon', 'proper noun'], // RR
    ['입학', 'iphak'],
    ['국화', 'gukhwa'],
    ['북한', 'Bukhan', 'proper noun'],
  ],
  'tensing is not written': [
    ['압구정', 'Apgujeong', 'proper noun'], // RR
    ['낙동강', 'Nakdonggang', 'proper noun'], // RR
    ['죽변', 'Jukbyeon', 'proper noun'], // RR
    ['낙성대', 'Nakseongdae', 'proper noun'], // RR
    ['합정', 'Hapjeong', 'proper noun'], // RR
    ['팔당', 'Paldang', 'proper noun'], // RR
    ['샛별', 'saetbyeol'], // RR
    ['울산', 'Ulsan', 'proper noun'], // RR
    ['안압지', 'Anapji', 'proper noun'], // RR
  ],
  'ㄴ insertion in compounds, and none where the letters only look alike': [
    ['학여울', 'Hangnyeoul', 'proper noun'], // RR
    ['알약', 'allyak'], // RR
    ['솔잎', 'sollip'],
    ['색연필', 'saengnyeonpil'],
    ['담요', 'damnyo'],
    ['식용유', 'sigyongnyu'],
    ['금요일', 'geumyoil'],
    ['석유', 'seogyu'],
    ['절약', 'jeoryak'],
    ['겉옷', 'geodot'],
  ],
  'brackets and punctuation never join two words': [
    ['(원)를', '(won)reul'],
    ['인피니밴드(InfiniBand)로', 'inpinibaendeu(InfiniBand)ro'],
    ['울트라(Blackwell', 'ulteura'],
    ['데이터센터는,', 'deiteosenteoneun'],
    ['“좋다”고', 'jotago', 'adjective'],
    ['4,600개', '4,600gae'],
  ],
};

describe('romanizeEojeol: the Revised Romanization of Korean', () => {
  const rows = Object.entries(TABLE).flatMap(([rule, list]) => list.map((row) => [rule, ...row] as const));

  it('tests at least 80 words', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  for (const [rule, list] of Object.entries(TABLE)) {
    it.each(list)(`${rule}: %s → %s`, (word, expected, wordClass) => {
      expect(romanizeEojeol(word, wordClass)).toBe(expected);
    });
  }

  it('has nothing to write for a word without Hangul', () => {
    expect(romanizeEojeol('GPU')).toBeNull();
  });
});

describe('romanizePersonName: family name, then given name, with no sound change inside the name (RR 제3장 제4항)', () => {
  it.each([
    ['한복남', 'Han Boknam'],
    ['홍빛나', 'Hong Bitna'],
    ['송나리', 'Song Nari'],
    ['민용하', 'Min Yongha'],
    ['김민수', 'Gim Minsu'],
  ])('%s → %s', (name, expected) => {
    expect(romanizePersonName(name)).toBe(expected);
  });
});
