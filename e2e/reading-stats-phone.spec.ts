import { expect, test } from '@playwright/test';
import { READER } from './helpers';
import { figure, openProgress, readToTheEnd } from './reading-loop';

// Run by the "phone" project (Pixel 7).

test('on a phone, reaching the end of an article counts its words on the progress page', async ({ page }) => {
  const words = await readToTheEnd(page, `/en${READER}`);
  await openProgress(page);
  await expect(figure(page, 'Words read today')).toHaveText(String(words));
  await expect(page.getByRole('figure').filter({ hasText: 'Words read per day, last 30 days' })).toBeVisible();
});
