import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, READER } from './helpers';

for (const locale of ['ko', 'en']) {
  for (const [name, path] of [
    ['library', ''],
    ['reader', READER],
  ] as const) {
    test(`axe finds no serious violation on the ${name} page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
}

test('axe finds no serious violation with translations hidden', async ({ page }) => {
  await page.goto(`/en${READER}?hide=1`);
  await expect(page.getByRole('switch', { name: 'Hide translation' })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
});

test('axe finds no serious violation with word status colours on (contrast included)', async ({ page }) => {
  await page.goto(`/en${READER}?st=1`);
  await expect(page.getByText('자금을', { exact: true })).toHaveAttribute('data-status', 'new');
  await expectNoSeriousA11yViolations(page);
});

test('axe finds no serious violation with romanization on (the readings’ contrast included)', async ({ page }) => {
  await page.goto(`/en${READER}?rr=1`);
  await expect(
    page
      .locator('[lang="ko"] ruby')
      .filter({ hasText: /^쏟아부으며/ })
      .locator('rt'),
  ).toHaveText('ssodabueumyeo');
  await expectNoSeriousA11yViolations(page);
});
