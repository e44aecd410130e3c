import { expect, test } from '@playwright/test';
import { READER, article } from './helpers';
import { attachPlayReloadResume, player } from './audio-helpers';

// Run by the "phone" project (Pixel 7: 412 px wide, touch).

// Each test loads the reader two or three times and plays audio in real time.
test.describe.configure({ timeout: 90_000 });

test('on a phone: attach, play, change speed, reload and resume; the bar never hides the end of the text', async ({ page }) => {
  await attachPlayReloadResume(page, `/en${READER}`, `article:${article.slug}`);
  const bar = player(page);
  const { height } = page.viewportSize()!;
  const box = (await bar.boundingBox())!;
  // A compact bar on the bottom edge: at most a quarter of the screen.
  expect(Math.round(box.y + box.height)).toBe(height);
  expect(box.height).toBeLessThanOrEqual(height / 4);
  // Scrolled to the end, the last line of the page stands above the bar.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const source = page.getByText('Source:', { exact: false }).last();
  await expect(source).toBeInViewport();
  expect((await source.boundingBox())!.y + (await source.boundingBox())!.height).toBeLessThanOrEqual(box.y);
  // Every control of the bar is on the screen.
  for (const name of ['Play', 'Back 5 seconds', 'Forward 5 seconds', 'Close player']) {
    await expect(bar.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  await expect(bar.getByRole('combobox', { name: 'Speed' })).toBeInViewport({ ratio: 1 });
});
