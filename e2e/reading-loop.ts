import { expect, type Page } from '@playwright/test';

// Steps shared by reading-loop.spec.ts (desktop) and reading-loop-phone.spec.ts (phone project).

/** Opens the reader, scrolls to the end of the article, and returns how many words it counted. */
export async function readToTheEnd(page: Page, path: string): Promise<number> {
  await page.goto(path);
  const counted = page.getByRole('status').filter({ hasText: 'Counted in today’s reading' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(counted).toHaveCount(0);
  await page.getByRole('link', { name: 'TechCrunch', exact: true }).scrollIntoViewIfNeeded();
  await expect(counted).toHaveText(/^Counted in today’s reading: [\d,]+ words\.$/);
  return Number((await counted.textContent())!.replace(/\D/g, ''));
}

/** The progress tab of the practice page: today's reading figures. */
export async function openProgress(page: Page) {
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Progress' }).click();
  const reading = page.getByRole('region', { name: 'Reading', exact: true });
  await expect(reading).toBeVisible();
  return reading;
}

/** The figure under a label of the reading figures ("Words read today" → "670"). */
export const figure = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Reading', exact: true })
    .getByRole('term')
    .filter({ hasText: label })
    .locator('xpath=following-sibling::dd[1]');
