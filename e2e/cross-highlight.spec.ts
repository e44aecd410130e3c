import { expect, test } from '@playwright/test';
import { READER, sentence, sentences } from './helpers';

const [, second, third] = sentences;

test('hovering a Korean sentence highlights its English counterpart, and back', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  const ko = sentence(page, second!.ko);
  const en = sentence(page, second!.en);
  await expect(en).not.toHaveAttribute('data-active');
  await ko.hover();
  await expect(en).toHaveAttribute('data-active', '');
  await expect(ko).toHaveAttribute('data-active', '');
  await sentence(page, third!.en).hover();
  await expect(en).not.toHaveAttribute('data-active');
  await expect(sentence(page, third!.ko)).toHaveAttribute('data-active', '');
});

test('keyboard focus on a sentence highlights its counterpart', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  const ko = sentence(page, sentences[0]!.ko);
  await expect(ko).toBeVisible();
  // Tab from the reader's last control into the article, as a keyboard user would.
  await page.getByRole('switch', { name: 'Romanization' }).focus();
  for (let i = 0; i < 30 && !(await ko.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(ko).toBeFocused();
  await expect(sentence(page, sentences[0]!.en)).toHaveAttribute('data-active', '');
  for (let i = 0; i < 30 && !(await sentence(page, second!.ko).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(sentence(page, second!.ko)).toBeFocused();
  await expect(sentence(page, second!.en)).toHaveAttribute('data-active', '');
  await expect(sentence(page, sentences[0]!.en)).not.toHaveAttribute('data-active');
});
