import { describe, expect, it } from 'vitest';
import { suggestFromEnglish } from './suggest';

// Each row: Korean word, English counterpart sentence, the gloss expected (or null).
type Positive = [korean: string, english: string, expected: string];
type Negative = [korean: string, english: string];

const expectMatch = (korean: string, english: string, expected: string) =>
  expect(suggestFromEnglish(korean, english)?.english).toBe(expected);
const expectNoMatch = (korean: string, english: string) => expect(suggestFromEnglish(korean, english)).toBeNull();

// The algorithm and its threshold were tuned on these cases only.
describe('tuning', () => {
  const positives: Positive[] = [
    ['파운드리', 'TSMC leads the global foundry market by a wide margin.', 'foundry'],
    ['엔비디아', 'Shares of Nvidia rose after the earnings call.', 'Nvidia'],
    ['데이터', 'The company stores customer data in three regions.', 'data'],
    ['스마트폰', 'Apple sold fewer smartphones in China this quarter.', 'smartphone'],
    ['바이오', 'The bio sector attracted record investment last year.', 'bio'],
    ['젠슨 황', 'Nvidia chief executive Jensen Huang spoke at the conference.', 'Jensen Huang'],
    ['커피', 'She drinks black coffee every morning before work.', 'coffee'],
    ['넷플릭스', 'Netflix added nine million subscribers in the spring.', 'Netflix'],
    ['로봇', 'The factory now uses a robot to weld car frames.', 'robot'],
    ['서버', 'Microsoft is buying thousands of new servers for its cloud.', 'server'],
    ['에너지', 'Data centers consume huge amounts of energy every day.', 'energy'],
    ['샌프란시스코', 'The startup moved its headquarters to San Francisco in 2021.', 'San Francisco'],
    ['오픈AI', "OpenAI's latest model can reason about images.", 'OpenAI'],
    ['인피니밴드', 'The GPUs are linked with InfiniBand networking.', 'InfiniBand'],
    ['플랫폼', 'The platform lets developers deploy models quickly.', 'platform'],
    ['햄버거', 'He ordered a hamburger and fries at the diner.', 'hamburger'],
    ['드라마', 'Her favourite Korean drama ended last night.', 'drama'],
    ['호텔', 'We stayed at a small hotel near the station.', 'hotel'],
  ];
  const negatives: Negative[] = [
    ['반도체', "Samsung is the world's largest maker of memory semiconductors."],
    ['영업이익', 'Operating profit rose 12 percent from a year earlier.'],
    ['사과', 'She ate an apple on the train to Busan.'],
    ['회의', 'The meeting ran late into the evening.'],
    ['정부', 'The government announced new rules for lenders.'],
    ['학교', 'The school closed early because of the snow.'],
  ];
  it.each(positives)('%s → %s', (korean, english, expected) => expectMatch(korean, english, expected));
  it.each(negatives)('%s: no loanword in “%s”', expectNoMatch);

  it.each([
    ['오브', 'A cup of tea, please.'],
    ['더', 'The rest is history.'],
  ])('%s never suggests a stopword', (korean, english) => {
    expect(['of', 'the']).not.toContain(suggestFromEnglish(korean, english)?.english.toLowerCase());
  });

  it('returns null for empty input and a score within 0–1 otherwise', () => {
    expect(suggestFromEnglish('', 'foundry')).toBeNull();
    expect(suggestFromEnglish('파운드리', '')).toBeNull();
    const score = suggestFromEnglish('파운드리', 'the foundry')!.score;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
  });
});

// Written before the first run and never used to change the algorithm: an honest accuracy estimate.
describe('held out', () => {
  const positives: Positive[] = [
    ['클라우드', 'Revenue from its cloud business grew 40 percent.', 'cloud'],
    ['소프트웨어', 'The firm sells accounting software to small businesses.', 'software'],
    ['배터리', 'Electric vehicles need cheaper battery cells to compete.', 'battery'],
    ['테슬라', 'Tesla delivered more cars than analysts had expected.', 'Tesla'],
    ['아이스크림', 'The children bought ice cream at the beach.', 'ice cream'],
    ['메타버스', 'Few users have embraced the metaverse so far.', 'metaverse'],
    ['알고리즘', 'The new algorithm ranks posts by engagement.', 'algorithm'],
    ['칩', 'The company designs its own AI chips for training.', 'chip'],
    ['프로젝트', 'The project was delayed by two years because of funding.', 'project'],
    ['마이크로소프트', 'Microsoft announced a new data center in Wisconsin.', 'Microsoft'],
    ['피자', 'We shared a large pizza after the game.', 'pizza'],
    ['유튜브', 'The video went viral on YouTube within hours.', 'YouTube'],
    ['바나나', 'Banana prices rose after storms hit the plantations.', 'Banana'],
    ['인터넷', 'Half of the village still has no internet access.', 'internet'],
    ['카메라', "The phone has a better camera than last year's model.", 'camera'],
    ['구글', 'Google updated its search ranking system on Tuesday.', 'Google'],
  ];
  const negatives: Negative[] = [
    ['투자', 'Investment in new factories slowed this year.'],
    ['시장', 'The market for used cars is cooling.'],
    ['대통령', 'The president met business leaders on Monday.'],
    ['가격', 'Prices at the pump fell for a third week.'],
    ['기업', 'Large companies are hiring fewer graduates.'],
    ['바다', 'They walked along the sea at sunset.'],
    ['사람', 'Many people waited outside the store.'],
  ];
  it.each(positives)('%s → %s', (korean, english, expected) => expectMatch(korean, english, expected));
  it.each(negatives)('%s: no loanword in “%s”', expectNoMatch);
});
