import { expect, test } from '@playwright/test';
import { READER } from './helpers';

// Run by the "phone" project (its name ends in phone.spec.ts): Pixel 7, touch, mobile viewport.

test('on a phone, a tapped word takes a status from a keyboard, and the rest is marked known and undone by taps', async ({ page }) => {
  await page.goto(`/en${READER}?st=1`);
  const korean = page.locator('[data-reader] [lang="ko"]');
  const pour = korean.getByText('쏟아부으며', { exact: true });
  await expect(pour).toHaveAttribute('data-status', 'new');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeAttached();
  // A tapped word's popover is open: a key (a keyboard paired with the phone) applies to it.
  await pour.tap();
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ })).toBeVisible();
  await page.keyboard.press('2');
  await expect(pour).toHaveAttribute('data-status', 'learning');
  await page.getByRole('heading', { level: 1 }).tap();

  const panel = page.getByRole('region', { name: 'Finished the text?' });
  const mark = panel.getByRole('button', { name: /^Mark the \d+ remaining new words as known$/ });
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  const n = Number(/\d+/.exec((await mark.textContent()) ?? '')?.[0]);
  await mark.tap();
  await expect(panel.getByRole('status')).toHaveText(`${n} words marked as known.`);
  await expect(korean.getByText('자금을', { exact: true })).toHaveAttribute('data-status', 'known');
  await panel.getByRole('button', { name: 'Undo' }).tap();
  await expect(korean.getByText('자금을', { exact: true })).toHaveAttribute('data-status', 'new');
  await expect(pour).toHaveAttribute('data-status', 'learning');

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const sheet = (await dialog.boundingBox())!;
  expect(sheet.x).toBeGreaterThanOrEqual(0);
  expect(sheet.x + sheet.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await dialog.getByRole('button', { name: 'Close' }).tap();
  await expect(dialog).toBeHidden();
});
