import { expect, test, type Page } from '@playwright/test';
import { READER } from './helpers';

// Pictures compared pixel by pixel (toHaveScreenshot): the reader, an open popover and a practice
// card, on a phone-sized and a desktop screen, light and dark. The Korean font ships with the app
// (Pretendard), so the pictures do not depend on the machine's fonts; each waits for it.
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

async function ready(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px Pretendard', '한'))).toBe(true);
}

for (const width of WIDTHS)
  for (const colorScheme of SCHEMES)
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 844 }, colorScheme });

      test('the reader', async ({ page }) => {
        await page.goto(`/en${READER}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await ready(page);
        await expect(page).toHaveScreenshot(`reader-${width}-${colorScheme}.png`, { animations: 'disabled', maxDiffPixelRatio: 0.01 });
      });

      test('an open popover', async ({ page }) => {
        await page.goto(`/en${READER}`);
        const term = page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
        await term.scrollIntoViewIfNeeded();
        await ready(page);
        await term.hover();
        const card = page.getByRole('dialog', { name: /인피니밴드/ });
        await expect(card).toContainText('InfiniBand');
        await expect(card.getByRole('button', { name: 'Parts and grammar' })).toBeVisible();
        await expect(card).toHaveScreenshot(`popover-${width}-${colorScheme}.png`, { animations: 'disabled', maxDiffPixelRatio: 0.01 });
      });

      test('a practice card', async ({ page }) => {
        await page.goto('/en/practice');
        const card = page.getByRole('group', { name: /Korean → English|English → Korean/ });
        await expect(card).toBeVisible();
        await ready(page);
        await expect(card).toHaveScreenshot(`card-${width}-${colorScheme}.png`, { animations: 'disabled', maxDiffPixelRatio: 0.01 });
      });
    });
