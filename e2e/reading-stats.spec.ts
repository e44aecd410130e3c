import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, READER } from './helpers';
import { figure, openProgress, readToTheEnd } from './reading-loop';

test('reaching the end of an article counts its words in today’s reading, once a day, on the progress page', async ({ page }) => {
  test.slow(); // four page loads
  const words = await readToTheEnd(page, `/en${READER}`);
  expect(words).toBeGreaterThan(100);
  await openProgress(page);
  await expect(figure(page, 'Words read today')).toHaveText(String(words));
  await expect(figure(page, 'Reading streak')).toHaveText('1 day');
  const newWords = Number(await figure(page, 'New words met today').textContent());
  expect(newWords).toBeGreaterThan(0);
  expect(newWords).toBeLessThanOrEqual(words);
  const chart = page.getByRole('figure').filter({ hasText: 'Words read per day, last 30 days' });
  await expect(chart.getByRole('img', { name: new RegExp(`${words} words read in 30 days`) })).toBeVisible();
  await expect(chart.getByRole('table', { name: 'Reading per day' }).getByRole('row')).toHaveCount(2);

  // The same page read again the same day counts once.
  await readToTheEnd(page, `/en${READER}`);
  await openProgress(page);
  await expect(figure(page, 'Words read today')).toHaveText(String(words));
});

test('a word set known in the popover counts as marked known today', async ({ page }) => {
  test.slow(); // two page loads and a popover
  await page.goto(`/en${READER}`);
  await page.locator('[lang="ko"]').getByText('쏟아부으며', { exact: true }).click();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await card.getByRole('radio', { name: 'Known' }).click();
  await expect(card.getByRole('radio', { name: 'Known' })).toHaveAttribute('aria-checked', 'true');
  await openProgress(page);
  await expect(figure(page, 'Marked known today')).toHaveText('1');
  await expect(figure(page, 'Reading streak')).toHaveText('0 days');
});

test('on the progress page in Korean, the reading figures and chart are in Korean', async ({ page }) => {
  await page.goto('/ko/practice');
  await page.getByRole('tab', { name: '학습 현황' }).click();
  await expect(page.getByRole('region', { name: '읽기' }).getByText('오늘 읽은 단어')).toBeVisible();
  await expect(page.getByRole('figure').filter({ hasText: '최근 30일 일별 읽은 단어 수' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
