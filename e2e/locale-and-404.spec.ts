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

test('a UI language the app does not have falls back to English; Korean and English are kept', async ({ browser }) => {
  const cases: [string, string][] = [
    ['fr-FR,fr;q=0.9', '/en'],
    ['ja', '/en'],
    ['de-DE,de;q=0.9,ko;q=0.5', '/ko'],
    ['ko-KR,ko;q=0.9,en;q=0.8', '/ko'],
    ['en-GB', '/en'],
  ];
  for (const [acceptLanguage, expected] of cases) {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': acceptLanguage } });
    const response = await context.request.get('/', { maxRedirects: 0 });
    expect([307, 308], acceptLanguage).toContain(response.status());
    expect(new URL(response.headers()['location']!, 'http://x').pathname, acceptLanguage).toBe(expected);
    await context.close();
  }
});
