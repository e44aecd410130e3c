import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('corrupted stored progress is kept aside, the person is told, and can download it', async ({ page }) => {
  await page.goto('/en');
  await page.evaluate(() => localStorage.setItem('hanyeong.progress', '{"version": 2, "words": {'));
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
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hanyeong.progress.backup.')).length)).toBe(1);
});

test('an unknown version is kept aside too, in Korean', async ({ page }) => {
  await page.goto('/ko');
  await page.evaluate(() => localStorage.setItem('hanyeong.progress', JSON.stringify({ version: 99, words: {} })));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '저장된 학습 기록을 읽을 수 없었습니다' })).toBeVisible();
  expect(await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('hanyeong.progress.backup.'))?.[1])).toBe(
    '{"version":99,"words":{}}',
  );
});
