import { expect, test, type Page } from '@playwright/test';
import { article, READER, sentence, sentences } from './helpers';

const [first, second] = sentences;
const koOf = (page: Page, i = 0) => sentence(page, sentences[i]!.ko);
const enOf = (page: Page, i = 0) => sentence(page, sentences[i]!.en);
const top = async (page: Page, text: string) => (await sentence(page, text).boundingBox())!.y;

test('Korean only and English only hide the other language', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await page.getByRole('link', { name: 'Korean only' }).click();
  await expect(page).toHaveURL(/\?view=ko$/);
  await expect(koOf(page)).toBeVisible();
  await expect(enOf(page)).toBeHidden();
  await page.getByRole('link', { name: 'English only' }).click();
  await expect(page).toHaveURL(/\?view=en$/);
  await expect(enOf(page)).toBeVisible();
  await expect(koOf(page)).toBeHidden();
});

test('interleaved puts each English sentence under its Korean one', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await page.getByRole('link', { name: 'Interleaved' }).click();
  await expect(page).toHaveURL(/\?view=interleaved$/);
  await expect(page.getByRole('link', { name: 'Interleaved' })).toHaveAttribute('aria-current', 'true');
  const order = [await top(page, first!.ko), await top(page, first!.en), await top(page, second!.ko), await top(page, second!.en)];
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(order).size).toBe(4);
});

test('the chosen view persists across a reload and a new visit, and shows in the URL', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await page.getByRole('link', { name: 'Korean only' }).click();
  await expect(page).toHaveURL(/\?view=ko$/);
  await page.reload();
  await expect(enOf(page)).toBeHidden();
  await page.goto(`/en${READER}`);
  await expect(page).toHaveURL(/\?view=ko$/);
  await expect(page.getByRole('link', { name: 'Korean only' })).toHaveAttribute('aria-current', 'true');
  await expect(enOf(page)).toBeHidden();
});

test('a shared link reproduces the view, whatever this browser chose before', async ({ page }) => {
  await page.goto(`/en${READER}?view=en`);
  await expect(koOf(page)).toBeHidden();
  await page.goto(`/en${READER}?view=side`);
  await expect(koOf(page)).toBeVisible();
  await expect(enOf(page)).toBeVisible();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  test('interleaved is the default, and side by side is not offered', async ({ page }) => {
    await page.goto(`/en${READER}`);
    // The views fold into a menu whose button names the current one.
    await page.getByRole('button', { name: 'Reading view: Interleaved', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Interleaved' })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('link', { name: 'Korean only' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Side by side' })).toHaveCount(0);
    expect(await top(page, first!.ko)).toBeLessThan(await top(page, first!.en));
    expect(await top(page, first!.en)).toBeLessThan(await top(page, second!.ko));
  });
});

test('hide translation masks the English until a sentence is revealed, one at a time', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  const toggle = page.getByRole('switch', { name: 'Hide translation' });
  const text = (i: number) => page.getByText(sentences[i]!.en, { exact: true });
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page).toHaveURL(/view=side&hide=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Translations are hidden' })).toBeVisible();
  const masked = page.getByRole('button', { name: 'Show the translation of this sentence' });
  await expect(masked).toHaveCount(sentences.length);
  await expect(text(0)).toBeHidden();
  await expect(koOf(page)).toBeVisible();
  await masked.first().click();
  await expect(masked).toHaveCount(sentences.length - 1);
  await expect(text(0)).toBeVisible();
  await expect(text(1)).toBeHidden();
  // By keyboard: the next masked sentence, then Enter.
  await masked.first().focus();
  await page.keyboard.press('Enter');
  await expect(masked).toHaveCount(sentences.length - 2);
  await expect(text(1)).toBeVisible();
  await expect(text(2)).toBeHidden();
  await toggle.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(masked).toHaveCount(0);
  await expect(text(2)).toBeVisible();
});

test('hide translation also hides the English title, headings, figure descriptions and notes', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  const headings = article.blocks.flatMap((block) => (block.kind === 'heading' ? [block.segment] : []));
  const figures = article.blocks.flatMap((block) => (block.kind === 'figure' ? [block.segment] : []));
  const title = page.getByRole('heading', { level: 1 });
  const notes = page.getByRole('region', { name: 'Translator’s notes', exact: true });
  const english = [
    title.getByText(article.title.en, { exact: true }),
    ...headings.map((h) => page.getByRole('heading', { level: 2 }).getByText(h.en, { exact: true })),
    ...figures.map((f, i) => page.getByRole('figure', { name: `Image description ${i + 1}` }).getByText(f.en, { exact: true })),
  ];
  for (const el of english) await expect(el).toBeVisible();
  await expect(notes).toBeVisible();
  await page.getByRole('switch', { name: 'Hide translation' }).click();
  for (const el of english) await expect(el).toBeHidden();
  await expect(notes).toBeHidden();
  await expect(page.getByRole('link', { name: /^Translator’s note \d+$/ })).toHaveCount(0);
  // The Korean stays, the article keeps its Korean name, and each figure its label.
  await expect(title.getByText(article.title.ko, { exact: true })).toBeVisible();
  await expect(page.getByRole('article')).toHaveAccessibleName(new RegExp(`^${article.title.ko.slice(0, 8)}`));
  for (const h of headings) await expect(page.getByRole('heading', { level: 2 }).getByText(h.ko, { exact: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Image description 1' })).toBeVisible();
  // English only has nothing else to show: its title and headings stay.
  await page.getByRole('link', { name: 'English only' }).click();
  await expect(english[0]!).toBeVisible();
  await page.getByRole('switch', { name: 'Hide translation' }).click();
  await page.getByRole('link', { name: 'Side by side' }).click();
  for (const el of english) await expect(el).toBeVisible();
  await expect(notes).toBeVisible();
});
