import { expect, test, type Locator, type Page } from '@playwright/test';

/** Under 640 px the popover is a bottom sheet: full width, on the bottom edge, at most 60% of the screen. */
async function expectBottomSheet(page: Page, card: Locator) {
  const { width, height } = page.viewportSize()!;
  const box = (await card.boundingBox())!;
  expect([box.x, box.width, Math.round(box.y + box.height)]).toEqual([0, width, height]);
  expect(box.height).toBeLessThanOrEqual(height * 0.6 + 1);
}

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
  await expectBottomSheet(page, card);
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(card).toBeHidden();
});

test('on a phone, taps inside the sheet use its controls and keep it open: parts and grammar, your meaning, My words', async ({ page }) => {
  await page.goto('/en/read/microsoft-ai-datacenters');
  await page.locator('[lang="ko"]').getByText('쏟아부으며', { exact: true }).tap();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await expect(card).toContainText('to pour');
  const details = card.getByRole('button', { name: 'Parts and grammar' });
  await details.tap();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toBeVisible();
  const meaning = card.getByRole('textbox', { name: 'Your meaning' });
  await meaning.tap();
  await meaning.fill('to pour in');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Add to My words' }).tap();
  await expect(card.getByRole('button', { name: 'Remove from My words' })).toBeVisible();
  await expect(card).toBeVisible();
});

test('on a phone, pasted text is analysed and opens in the reader', async ({ page }) => {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill('오늘 반도체 공장을 둘러봤습니다.');
  await page.getByRole('button', { name: 'Read it' }).tap();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await page.locator('[lang="ko"]').getByText('반도체', { exact: true }).tap();
  await expect(page.getByRole('dialog', { name: /반도체/ })).toContainText('semiconductor');
});

test('on a phone, a tap on a glossary term opens its popover and stays on the page; a second tap goes to the glossary', async ({
  page,
}) => {
  await page.goto('/en/read/microsoft-ai-datacenters');
  const term = page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
  await expect(term).toHaveAttribute('href', '/en/glossary/infiniband');
  const url = page.url();
  await term.tap();
  const card = page.getByRole('dialog', { name: /인피니밴드/ });
  await expect(card).toContainText('InfiniBand');
  await expectBottomSheet(page, card);
  expect(page.url()).toBe(url);
  // All its controls are there at once.
  await expect(card.getByRole('button', { name: 'Add to My words' })).toBeVisible();
  await expect(card.getByRole('radiogroup', { name: 'Status' })).toBeVisible();
  await term.tap();
  await expect(page).toHaveURL(/\/en\/glossary\/infiniband$/, { timeout: 30_000 });
});

test('on a phone, a tapped English term opens its popover, whose link goes to the glossary', async ({ page }) => {
  await page.goto('/en/read/microsoft-ai-datacenters');
  const term = page.locator('.para [lang="en"]').getByRole('link', { name: 'InfiniBand', exact: true }).first();
  const url = page.url();
  await term.tap();
  const card = page.getByRole('dialog', { name: /InfiniBand/ });
  await expect(card).toContainText('인피니밴드');
  expect(page.url()).toBe(url);
  await card.getByRole('link', { name: 'Open in the glossary' }).tap();
  await expect(page).toHaveURL(/\/en\/glossary\/infiniband$/, { timeout: 30_000 });
});
