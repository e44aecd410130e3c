import { describe, expect, it } from 'vitest';
import { findNumberExpressions } from './numbers';

/** Each expression as [the text it covers, its gloss], so a case reads like the sentence it came from. */
function spans(text: string): [string, string][] {
  return findNumberExpressions(text).map((e) => [text.slice(e.start, e.end), e.gloss]);
}

describe('findNumberExpressions', () => {
  it.each<[string, [string, string][]]>([
    // counters for things and people
    ['4,600개', [['4,600개', '4,600 (counter for things)']]],
    ['3명', [['3명', '3 people']]],
    ['1명', [['1명', '1 person']]],
    ['47만여 명', [['47만여 명', 'about 470,000 people']]],
    ['2000만 명', [['2000만 명', '20 million people']]],
    ['34개국', [['34개국', '34 countries']]],
    ['4,600여 개', [['4,600여 개', 'about 4,600 (counter for things)']]],
    ['2대', [['2대', '2 (vehicles or machines)']]],
    ['3곳', [['3곳', '3 places']]],
    ['10건', [['10건', '10 cases']]],
    ['2장', [['2장', '2 (sheets)']]],
    ['3권', [['3권', '3 (volumes)']]],
    ['2잔', [['2잔', '2 cups']]],
    // times of day, ratios and fractions: digits joined by : or /, not codes
    [
      '09:00부터 18:00까지',
      [
        ['09:00', '9:00 a.m. (09:00)'],
        ['18:00', '6:00 p.m. (18:00)'],
      ],
    ],
    ['오후 12:30에', [['12:30', '12:30 p.m. (12:30)']]],
    ['1:1 문의', [['1:1', 'one-to-one (1:1)']]],
    ['3:2로 이겼다', [['3:2', '3:2 (ratio)']]],
    ['설탕 1/2작은술', [['1/2작은술', '1/2 teaspoon']]],
    ['1/3 정도', [['1/3', '1/3 (a fraction)']]],
    ['2025/11/28', []],
    ['10:00:00', []],
    // money
    ['27조 9000억원', [['27조 9000억원', '27.9 trillion won']]],
    ['9000억원', [['9000억원', '900 billion won']]],
    ['1조 달러', [['1조 달러', '1 trillion dollars']]],
    ['1,300조 원', [['1,300조 원', '1,300 trillion won']]],
    ['5000원', [['5000원', '5,000 won']]],
    ['3만 원', [['3만 원', '30,000 won']]],
    // dates and time
    ['12일', [['12일', 'the 12th (day)']]],
    ['3월', [['3월', 'March']]],
    ['2025년', [['2025년', '(the year) 2025']]],
    ['3년', [['3년', '3 years']]],
    ['2분기', [['2분기', 'the second quarter']]],
    ['1분기', [['1분기', 'the first quarter']]],
    ['3시', [['3시', "3 o'clock"]]],
    ['10분', [['10분', '10 minutes']]],
    ['30초', [['30초', '30 seconds']]],
    ['2시간', [['2시간', '2 hours']]],
    ['3개월', [['3개월', '3 months']]],
    ['2주', [['2주', '2 weeks']]],
    ['5세', [['5세', '5 years old']]],
    ['5살', [['5살', '5 years old']]],
    // rates, times, ranks
    ['0.1%', [['0.1%', '0.1 percent']]],
    ['0.1%포인트', [['0.1%포인트', '0.1 percentage points']]],
    ['0.1% 포인트', [['0.1% 포인트', '0.1 percentage points']]],
    ['0.1%p', [['0.1%p', '0.1 percentage points']]],
    ['3배', [['3배', '3 times']]],
    ['2번', [['2번', 'twice']]],
    ['1번', [['1번', 'once']]],
    ['5번', [['5번', '5 times']]],
    ['3위', [['3위', '3rd place']]],
    ['5층', [['5층', 'the 5th floor']]],
    // recipes and measures
    ['200g', [['200g', '200 grams']]],
    ['200mL', [['200mL', '200 milliliters']]],
    ['200ml', [['200ml', '200 milliliters']]],
    ['2큰술', [['2큰술', '2 tablespoons']]],
    ['1작은술', [['1작은술', '1 teaspoon']]],
    ['10km', [['10km', '10 kilometers']]],
    ['3kg', [['3kg', '3 kilograms']]],
    // bare numbers
    ['27조', [['27조', '27 trillion']]],
    ['5억', [['5억', '500 million']]],
    ['1만', [['1만', '10,000']]],
    ['9000', [['9000', '9,000']]],
    ['3억 5천만', [['3억 5천만', '350 million']]],
    ['1천', [['1천', '1,000']]],
    ['2백', [['2백', '200']]],
    ['제3', [['제3', '3rd']]],
    // more from news
    [
      '2025년 3월 12일',
      [
        ['2025년', '(the year) 2025'],
        ['3월', 'March'],
        ['12일', 'the 12th (day)'],
      ],
    ],
    [
      '1조 달러(약 1,300조 원)를 투자',
      [
        ['1조 달러', '1 trillion dollars'],
        ['1,300조 원', '1,300 trillion won'],
      ],
    ],
    ['4,600개 이상의 엔비디아 GB200 서버', [['4,600개', '4,600 (counter for things)']]],
    [
      '전 세계 34개국에 300개 이상',
      [
        ['34개국', '34 countries'],
        ['300개', '300 (counter for things)'],
      ],
    ],
    ['1만2000원', [['1만2000원', '12,000 won']]],
    ['3천500억원', [['3천500억원', '350 billion won']]],
    ['1.5조', [['1.5조', '1.5 trillion']]],
    ['2,500,000원', [['2,500,000원', '2.5 million won']]],
    ['3만~5만 원', [['3만~5만 원', '30,000–50,000 won']]],
    ['1990년대', [['1990년대', 'the 1990s']]],
    ['1990년생', [['1990년생', 'born in 1990']]],
    ['2020~2025년', [['2020~2025년', '(the years) 2020–2025']]],
    ['10여 년', [['10여 년', 'about 10 years']]],
    ['20여개국', [['20여개국', 'about 20 countries']]],
    ['3년간', [['3년간', 'for 3 years']]],
    ['12일간', [['12일간', 'for 12 days']]],
    ['10주년', [['10주년', 'the 10th anniversary']]],
    ['3분의 1', [['3분의 1', '1/3']]],
    ['1.5배', [['1.5배', '1.5 times']]],
    ['1%p', [['1%p', '1 percentage point']]],
    ['20대 여성', [['20대', '20s (age), or 20 (vehicles or machines)']]],
    [
      '오후 3시 30분',
      [
        ['3시', "3 o'clock"],
        ['30분', '30 minutes'],
      ],
    ],
    ['영하 10도', [['10도', '10 degrees']]],
    ['84㎡ 아파트', [['84㎡', '84 square meters']]],
    ['5GB', [['5GB', '5 gigabytes']]],
    ['3개국어', [['3개국어', '3 languages']]],
    ['2025년형', [['2025년형', 'the 2025 model']]],
    ['2.5억 원', [['2.5억 원', '250 million won']]],
    [
      '1만 2025년에',
      [
        ['1만', '10,000'],
        ['2025년', '(the year) 2025'],
      ],
    ],
    ['2차전지', [['2', '2']]],
    // recipes
    ['2~3큰술', [['2~3큰술', '2–3 tablespoons']]],
    ['10~15분', [['10~15분', '10–15 minutes']]],
    ['2인분', [['2인분', '2 servings']]],
    ['양파 2개를 썰어', [['2개', '2 (counter for things)']]],
    // notices
    ['제3조', [['제3조', 'Article 3']]],
    [
      '3월 4일부터',
      [
        ['3월', 'March'],
        ['4일', 'the 4th (day)'],
      ],
    ],
    [
      '12~13일',
      [
        ['12', '12'],
        ['13일', 'the 13th (day)'],
      ],
    ],
    ['3개월째', [['3개월', '3 months']]],
    ['2번째', [['2번째', '2nd']]],
    ['11번째', [['11번째', '11th']]],
    ['12% 늘었다.', [['12%', '12 percent']]],
    ['3만큼', [['3', '3']]],
    ['3 개발사', [['3', '3']]],
    // not numbers
    ['GB300', []],
    ['5G', []],
    ['H100', []],
    ['COVID-19', []],
    ['2025.10.09', []],
    ['010-1234-5678', []],
    ['https://techcrunch.com/2025/10/09/', []],
    ['아무것도', []],
    ['둘째', []],
    ['첫째', []],
    ['만 원짜리 조 억 개', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets that end before the particle', () => {
    const text = '매출은 27조 9000억원으로 전년보다 12% 늘었다.';
    const found = findNumberExpressions(text);
    expect(found.map((e) => [e.start, e.end])).toEqual([
      [4, 14],
      [22, 25],
    ]);
    expect(found.map((e) => text.slice(e.start, e.end))).toEqual(['27조 9000억원', '12%']);
    expect(found.map((e) => e.gloss)).toEqual(['27.9 trillion won', '12 percent']);
  });

  it('keeps offsets in UTF-16 after an emoji', () => {
    const text = '🇰🇷 3명';
    expect(findNumberExpressions(text)).toEqual([{ start: 5, end: 7, gloss: '3 people' }]);
  });
});
