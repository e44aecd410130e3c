import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// A text written for this test (not the seed article): news prose with a number, a name and a loanword.
const KO = [
  '반도체 업계의 영업이익이 크게 늘었습니다.',
  '한울전자는 2분기에 27조 9000억원의 매출을 거뒀다고 밝혔다.',
  '김민수 씨는 새로운 쿠버네티스 클러스터를 조용히 둘러봤습니다.',
].join(' ');
const EN = [
  'Operating profit in the semiconductor industry rose sharply.',
  'Hanul Electronics said it posted sales of 27.9 trillion won in the second quarter.',
  'Mr. Kim Min-su quietly looked around the new Kubernetes cluster.',
].join(' ');

async function importText(page: Page, ko: string, en: string, title: string) {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('textbox', { name: 'Korean text' }).fill(ko);
  await page.getByRole('textbox', { name: 'English translation (optional)' }).fill(en);
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

const wordCard = (page: Page, word: string) => page.getByRole('dialog', { name: new RegExp(word) });

test('every kind of word in a text nobody prepared has a gloss, with its source', async ({ page }) => {
  await importText(page, KO, EN, 'Chip news');
  for (const [word, gloss, source] of <[string, string, string][]>[
    ['반도체', 'semiconductor', 'Source: dictionary'], // noun
    ['영업이익이', 'operating profit', 'Source: dictionary'], // compound noun, listed whole
    ['거뒀다고', 'to achieve', 'Source: dictionary'], // verb, contracted past
    ['조용히', 'quietly', 'Source: dictionary'], // adverb
    ['27조', '27.9 trillion won', 'Source: number'], // number with units
    ['김민수', 'Kim Min-su', 'a person’s name'], // a name, in its English form from the translation
    ['쿠버네티스', 'Kubernetes', 'Source: guess from the English beside it'], // loanword, from the English
  ]) {
    await page.locator('[lang="ko"]').getByText(word, { exact: true }).click();
    const card = wordCard(page, word);
    await expect(card).toContainText(gloss);
    await expect(card).toContainText(source);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  }
});

test('your own meaning: refused when too long, shown first in another text and after a reload; look-up links open in a new tab', async ({
  page,
}) => {
  // Two imports, a reload and the practice page: a long walk, not a slow one.
  test.setTimeout(90_000);
  await importText(page, KO, EN, 'First text');
  await page.locator('[lang="ko"]').getByText('둘러봤습니다.', { exact: true }).click();
  let card = wordCard(page, '둘러봤습니다');
  const field = card.getByRole('textbox', { name: 'Your meaning' });
  await field.fill('x'.repeat(201));
  await card.getByRole('button', { name: 'Save meaning' }).click();
  await expect(card.getByRole('status')).toContainText('at most 200 characters');
  await field.fill('to take a look around');
  await card.getByRole('button', { name: 'Save meaning' }).click();
  await expect(card).toContainText('to take a look around');
  await expect(card).toContainText('Source: your meaning');
  const naver = card.getByRole('link', { name: 'Naver (opens in a new tab)' });
  await expect(naver).toHaveAttribute('target', '_blank');
  await expect(naver).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(naver).toHaveAttribute('href', `https://en.dict.naver.com/#/search?query=${encodeURIComponent('둘러보다')}`);
  // Nothing leaves this machine: the dictionary site is answered here.
  await page.context().route('https://en.dict.naver.com/**', (route) => route.fulfill({ body: 'Naver', contentType: 'text/plain' }));
  const popup = page.waitForEvent('popup');
  await naver.click();
  expect((await popup).url()).toContain('en.dict.naver.com');

  await importText(page, '어제 공원을 천천히 둘러보았다.', 'Yesterday I slowly looked around the park.', 'Second text');
  await page.locator('[lang="ko"]').getByText('둘러보았다.', { exact: true }).click();
  card = wordCard(page, '둘러보았다');
  await expect(card).toContainText('to take a look around');
  await page.reload();
  await page.locator('[lang="ko"]').getByText('둘러보았다.', { exact: true }).click();
  card = wordCard(page, '둘러보았다');
  await expect(card).toContainText('Source: your meaning');
  await card.getByRole('button', { name: 'Add to My words' }).click();
  await expect(card.getByRole('button', { name: 'Remove from My words' })).toBeVisible();

  // My words, with your meaning, in the CSV download.
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Progress' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'My words (CSV)' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('둘러보다,to take a look around,yours,');
});
