import { expect, test } from '@playwright/test';

// Run by the "phone" project (Pixel 7).

test('on a phone, a Korean-only import gets translate links and a typed translation survives reload', async ({ page }) => {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill('오늘 반도체 공장을 둘러봤습니다.');
  await page.getByRole('button', { name: 'Read it' }).tap();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const link = page.getByRole('link', { name: 'Translate with Papago: sentence 1 (opens in a new tab)' });
  await expect(link).toHaveAttribute(
    'href',
    `https://papago.naver.com/?sk=ko&tk=en&st=${encodeURIComponent('오늘 반도체 공장을 둘러봤습니다.')}`,
  );
  await expect(link).toHaveAttribute('target', '_blank');
  await page.getByRole('button', { name: 'Add your translation of sentence 1' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Your translation of sentence 1' });
  await dialog.getByRole('textbox', { name: 'Your translation' }).fill('Today I toured a chip factory.');
  await dialog.getByRole('button', { name: 'Save' }).tap();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.locator('.para [lang="en"]')).toContainText('Today I toured a chip factory.');
});
