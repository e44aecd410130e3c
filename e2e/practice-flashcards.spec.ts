import { expect, test, type Page } from '@playwright/test';
import { STORE_KEYS } from '../lib/storage/keys';
import { readFileSync } from 'node:fs';

const figure = (page: Page, label: string) => page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');

async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  await expect(target).toBeVisible();
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Reviews cards by keyboard alone: Space turns a Korean card; an English one is answered by typing. */
async function reviewByKeyboard(page: Page, cards: number) {
  await page.bringToFront();
  const card = page.getByRole('group', { name: /Korean → English|English → Korean/ });
  await tabTo(page, card);
  for (let i = 0; i < cards; i++) {
    await expect(card.getByRole('group', { name: 'How well did you know it?' })).toBeHidden();
    if (/English → Korean/.test((await card.getAttribute('aria-label')) ?? '')) {
      const answer = card.getByRole('textbox', { name: 'Type the Korean' });
      await tabTo(page, answer);
      await page.keyboard.type('모름');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Space');
    await expect(card.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await page.keyboard.press('3');
  }
}

test('a five-card session by keyboard only persists across a reload', async ({ page }) => {
  // Cards reviewed now fall due again in minutes: "due today" only if today does not end first. Noon, today.
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  await page.clock.setFixedTime(noon);
  await page.goto('/en/practice');
  await expect(page.getByRole('status').filter({ hasText: '10 cards left' })).toBeVisible();
  await reviewByKeyboard(page, 5);
  await expect(page.getByRole('status').filter({ hasText: '5 cards left' })).toBeVisible();
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(figure(page, 'Reviewed today')).toHaveText('5');
  await expect(figure(page, 'Due today')).toHaveText('5');
  await expect(page.getByText(/^In the library: 0 of \d+ words known \(\d+ new, 5 learning\)$/)).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(figure(page, 'Reviewed today')).toHaveText('5');
  await expect(figure(page, 'Due today')).toHaveText('5');
  await expect(figure(page, 'Day streak')).toHaveText('1 day');
  await expect(page.getByText(/^In the library: 0 of \d+ words known \(\d+ new, 5 learning\)$/)).toBeVisible();
});

test('a recall card asked by its definition accepts an alias with its particle', async ({ page }) => {
  await page.goto('/en/practice');
  // AI is its own English, so it has only a recall card, asked by its definition.
  const card = page.getByRole('group', { name: /English → Korean/ });
  await expect(card.getByText('Which Korean word is this?')).toBeVisible();
  const input = page.getByRole('textbox', { name: 'Type the Korean' });
  await input.fill('인공지능을');
  await input.press('Enter');
  await expect(page.getByText('Correct: 인공지능 is accepted too. Expected: AI')).toBeVisible();
  await page.keyboard.press('4');
  // The next session brings AI back only when it is due: AI 칩 is a Korean → English card.
  await page.getByRole('tab', { name: 'Progress' }).click();
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  await expect(page.getByRole('group', { name: /Korean → English/ })).toBeVisible();
});

test('a typed answer with the wrong form of the particle is wrong, and says why', async ({ page }) => {
  await page.goto('/en/practice');
  const input = page.getByRole('textbox', { name: 'Type the Korean' });
  await input.fill('AI을');
  await input.press('Enter');
  await expect(page.getByText('The word is right, but the particle form is wrong: AI를, not AI을. Expected: AI')).toBeVisible();
});

test('export in one browser, import into a fresh one, and the progress matches', async ({ page, browser }) => {
  await page.goto('/en/practice');
  await reviewByKeyboard(page, 2);
  await page.getByRole('tab', { name: 'Progress' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.version).toBe(3);
  expect(exported.reviews).toHaveLength(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/en/practice');
  await other.getByRole('tab', { name: 'Progress' }).click();
  await expect(figure(other, 'Reviewed today')).toHaveText('0');
  await other.getByLabel('Choose an exported file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported 4 entries.' })).toBeVisible();
  await expect(figure(other, 'Reviewed today')).toHaveText('2');
  await expect(other.getByText(/^In the library: 0 of \d+ words known \(\d+ new, 2 learning\)$/)).toBeVisible();
  await other
    .getByLabel('Choose an exported file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 9}') });
  await expect(
    other
      .getByRole('status')
      .filter({ hasText: 'This file could not be imported: it comes from a version of the app this one does not know' }),
  ).toBeVisible();
  await fresh.close();
});

test('two open tabs keep each other’s reviews', async ({ page, context }) => {
  await page.goto('/en/practice');
  const second = await context.newPage();
  await second.goto('/en/practice');
  await second.getByRole('tab', { name: 'Progress' }).click();
  await reviewByKeyboard(page, 1);
  await expect(figure(second, 'Reviewed today')).toHaveText('1');
  await second.getByRole('tab', { name: 'Flashcards' }).click();
  // The second tab already knows the first tab's review of AI: AI 칩 comes next.
  await expect(second.getByRole('group', { name: /Korean → English/ })).toBeVisible();
  await second.getByRole('button', { name: 'Show answer' }).click();
  await second.keyboard.press('3');
  await page.bringToFront();
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(figure(page, 'Reviewed today')).toHaveText('2');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).reviews.length, STORE_KEYS.progress);
  expect(stored).toBe(2);
});

test('reset asks first, offers an export, then clears', async ({ page }) => {
  await page.goto('/en/practice');
  await reviewByKeyboard(page, 1);
  await page.getByRole('tab', { name: 'Progress' }).click();
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog.getByRole('button', { name: 'Export progress (JSON)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(figure(page, 'Reviewed today')).toHaveText('1');
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(figure(page, 'Reviewed today')).toHaveText('0');
});
