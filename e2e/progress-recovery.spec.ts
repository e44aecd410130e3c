import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { backupPrefixOf, STORE_KEYS } from '../lib/storage/keys';

test('corrupted stored progress is kept aside, the person is told, and can download it', async ({ page }) => {
  await page.goto('/en');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 2, "words": {'), STORE_KEYS.progress);
  await page.goto('/en/practice');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(alert).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the saved copy' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version": 2, "words": {');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  expect(
    await page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
      backupPrefixOf(STORE_KEYS.progress),
    ),
  ).toBe(1);
});

test('an unknown version is kept aside too, in Korean', async ({ page }) => {
  await page.goto('/ko');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 99, words: {} })), STORE_KEYS.progress);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '저장된 학습 기록을 읽을 수 없었습니다' })).toBeVisible();
  expect(
    await page.evaluate(
      (prefix) => Object.entries(localStorage).find(([k]) => k.startsWith(prefix))?.[1],
      backupPrefixOf(STORE_KEYS.progress),
    ),
  ).toBe('{"version":99,"words":{}}');
});
