import { expect, test } from '@playwright/test';
import { article, sentences } from './helpers';

test('the library lists the article in both languages and opens it', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: article.title.en }) });
  await expect(card).toContainText(article.title.ko);
  await expect(card).toContainText(`${article.readingMinutes} min read`);
  await expect(card).toContainText(`${sentences.length} sentences`);
  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/en/read/${article.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
});

test.describe('the root address picks a UI language', () => {
  test.use({ locale: 'en-US' });
  test('an English browser goes to /en', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});

test.describe('with a language we do not offer', () => {
  test.use({ locale: 'fr-FR' });
  test('the root falls back to English', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});
