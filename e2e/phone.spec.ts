import { expect, test } from '@playwright/test';

// Run by the "phone" project (Pixel 7: 412 px wide, touch, mobile viewport).

test('on a phone the reader interleaves the languages, and a tapped word opens its popover; a tap outside closes it', async ({ page }) => {
  await page.goto('/en/read/microsoft-ai-datacenters');
  await expect(page.locator('[data-reader]')).toHaveAttribute('data-view', /auto|interleaved/);
  const korean = page.locator('[lang="ko"]').getByText('쏟아부으며', { exact: true });
  const english = page.locator('.para [lang="en"] .s').first();
  // Interleaved: the first English sentence sits below its Korean, not beside it.
  const [ko, en] = [await page.locator('.para [lang="ko"] .s').first().boundingBox(), await english.boundingBox()];
  expect(en!.y).toBeGreaterThan(ko!.y);
  await korean.tap();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await expect(card).toContainText('to pour');
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(412);
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(card).toBeHidden();
});

test('on a phone, pasted text is analysed and opens in the reader', async ({ page }) => {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill('오늘 반도체 공장을 둘러봤습니다.');
  await page.getByRole('button', { name: 'Read it' }).tap();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await page.locator('[lang="ko"]').getByText('반도체', { exact: true }).tap();
  await expect(page.getByRole('dialog', { name: /반도체/ })).toContainText('semiconductor');
});
