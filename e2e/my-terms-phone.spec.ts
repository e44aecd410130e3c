import { expect, test, type Page } from '@playwright/test';

// Run by the "phone" project (Pixel 7: touch). A long-press and its handles make a text selection,
// which the browser reports as any other; Playwright cannot long-press, so the test makes that
// selection through the same Selection API the handles drive, then carries on by touch.

async function importText(page: Page, ko: string) {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill(ko);
  await page.getByRole('button', { name: 'Read it' }).tap();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

const word = (page: Page, text: string) =>
  page
    .locator('[lang="ko"] .w[data-e]')
    .filter({ hasText: new RegExp(`^${text}`) })
    .first();

test('on a phone, a term saved from a selection is recognised in another text with other endings', async ({ page }) => {
  test.slow(); // two texts analysed
  await importText(page, '그 제품은 큰 주목을 받았다.');
  await expect(word(page, '받았다')).toBeVisible();
  await page.evaluate(() => {
    const words = [...document.querySelectorAll('[lang="ko"] .w[data-e]')];
    const [from, to] = [words.find((w) => w.textContent === '주목을')!, words.find((w) => w.textContent?.startsWith('받았다'))!];
    const range = document.createRange();
    range.setStart(from.firstChild!, 0);
    range.setEnd(to.firstChild!, 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const save = page.getByRole('button', { name: 'Save as my term' });
  await expect(save).toBeInViewport();
  await save.tap();
  const form = page.getByRole('form', { name: 'Save as your term' });
  await expect(form.getByRole('textbox', { name: 'Term' })).toHaveValue('주목(을) 받다');
  await form.getByRole('textbox', { name: 'Your meaning' }).fill('to draw attention');
  await form.getByRole('button', { name: 'Save' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your terms: 주목(을) 받다' })).toBeVisible();

  await importText(page, '요즘 주목 받는 기업이다.');
  await expect(word(page, '받는')).toHaveAttribute('data-mt', '주목 받다');
  await word(page, '받는').tap();
  const card = page.getByRole('dialog', { name: /받는/ });
  await expect(card.getByRole('region', { name: 'Your term' })).toContainText('to draw attention');
});
