import { expect, test } from '@playwright/test';
import { article, READER } from './helpers';

test('a word saved and marked known in the reader counts in the library and joins practice', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  await page.getByText('쏟아부으며', { exact: true }).click();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await card.getByRole('button', { name: 'Add to My words' }).click();
  await expect(card.getByRole('button', { name: 'Remove from My words' })).toHaveAttribute('aria-pressed', 'true');
  await card.getByRole('radio', { name: 'Known' }).click();
  await expect(card.getByRole('radio', { name: 'Known' })).toBeChecked();

  await page.getByRole('switch', { name: 'Word status colours' }).click();
  const word = page.getByText('쏟아부으며', { exact: true });
  await expect(word).toHaveAttribute('data-status', 'known');
  await expect(page.getByText('자금을', { exact: true })).toHaveAttribute('data-status', 'new');
  expect(await page.getByText('자금을', { exact: true }).evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');

  await page.goto('/en');
  const libraryCount = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: article.title.en }) })
    .getByText(/^1 of \d+ words known$/);
  await expect(libraryCount).toBeVisible();
  const total = /of (\d+) words/.exec((await libraryCount.textContent()) ?? '')?.[1];
  await page.goto('/en/practice');
  await expect(page.getByRole('group', { name: /Korean → English/ })).toContainText('쏟아붓다');
  // The practice page counts the same words as the library's card: the same N of M.
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(page.getByText(new RegExp(`^In the library: 1 of ${total} words known \\(\\d+ new, 0 learning\\)$`))).toBeVisible();
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  await page.reload();
  await page.goto(`/en${READER}`);
  await page.getByText('쏟아부으며', { exact: true }).click();
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ }).getByRole('radio', { name: 'Known' })).toBeChecked();
});
