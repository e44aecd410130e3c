import { expect, test } from '@playwright/test';
import { paragraphs, READER, sentence } from './helpers';

test('side by side at 1280 px: each Korean paragraph starts level with its English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/en${READER}`);
  await expect(page.getByRole('link', { name: 'Side by side' })).toHaveAttribute('aria-current', 'true');
  for (const paragraph of paragraphs) {
    const first = paragraph.sentences[0]!;
    const ko = await sentence(page, first.ko).boundingBox();
    const en = await sentence(page, first.en).boundingBox();
    expect(ko && en, `both halves of ${paragraph.id} are laid out`).toBeTruthy();
    expect(Math.abs(ko!.y - en!.y), `paragraph ${paragraph.id}`).toBeLessThanOrEqual(4);
    expect(en!.x, `English of ${paragraph.id} stands right of the Korean`).toBeGreaterThan(ko!.x + ko!.width / 2);
  }
});

test('Korean text is marked lang="ko" and kept whole per eojeol; English lang="en"', async ({ page }) => {
  await page.goto(`/en${READER}`);
  const first = paragraphs[0]!.sentences[0]!;
  const ko = sentence(page, first.ko);
  await expect(ko).toHaveAttribute('data-sid', first.id);
  expect(await ko.evaluate((el) => [el.closest('[lang]')?.getAttribute('lang'), getComputedStyle(el).wordBreak])).toEqual([
    'ko',
    'keep-all',
  ]);
  expect(await sentence(page, first.en).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});
