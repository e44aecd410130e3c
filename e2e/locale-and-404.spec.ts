import { expect, test } from '@playwright/test';
import { article, READER } from './helpers';

test('the locale switcher keeps the current page', async ({ page }) => {
  await page.goto(`/ko${READER}`);
  await expect(page.getByRole('link', { name: '전체 글' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${READER}$`));
  await expect(page.getByRole('link', { name: 'All articles' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko${READER}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
});

test('an unknown article is a localized 404', async ({ page }) => {
  const ko = await page.goto('/ko/read/no-such-article');
  expect(ko?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
  const en = await page.goto('/en/read/no-such-article');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test('an unknown locale is a 404', async ({ page }) => {
  const response = await page.goto('/fr/read/whatever');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
