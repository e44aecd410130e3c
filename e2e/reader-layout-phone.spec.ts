import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, READER, sentence, sentences } from './helpers';

// Run by the "phone" project (Pixel 7: 412 × 839, touch): the reader's controls fold into one bar.

const [first] = sentences;
const viewMenu = (page: Page, current: string) => page.getByRole('button', { name: `Reading view: ${current}`, exact: true });
const settings = (page: Page) => page.getByRole('button', { name: 'Reading settings', exact: true });
/** Whether a disclosure's button reports itself expanded, as assistive technology reads it. */
const expectExpanded = (button: Locator, expanded: boolean) =>
  expect(button).toMatchAriaSnapshot(`- button ${expanded ? '[expanded]' : '[expanded=false]'}`);

test('the first screen shows Korean text, under one compact bar of controls', async ({ page }) => {
  await page.goto(`/en${READER}`);
  const height = page.viewportSize()!.height;
  // The article's first Korean sentence is wholly on the first screen, and the bar above it is one row.
  const korean = sentence(page, first!.ko);
  await expect(korean).toBeInViewport({ ratio: 1 });
  const [menu, sheet] = [(await viewMenu(page, 'Interleaved').boundingBox())!, (await settings(page).boundingBox())!];
  expect(Math.abs(menu.y - sheet.y)).toBeLessThan(1);
  expect(menu.height).toBeLessThan(56);
  expect((await korean.boundingBox())!.y).toBeLessThan(height * 0.6);
  // Every other control is folded away until asked for.
  await expect(page.getByRole('link', { name: 'Korean only' })).toBeHidden();
  await expect(page.getByRole('switch')).toHaveCount(0);
});

test('the view menu offers interleaved (the default), Korean only and English only, never side by side', async ({ page }) => {
  await page.goto(`/en${READER}`);
  const menu = viewMenu(page, 'Interleaved');
  await expectExpanded(menu, false);
  await menu.tap();
  await expectExpanded(menu, true);
  const views = page.getByRole('navigation', { name: 'Reading view' });
  await expect(views.getByRole('link')).toHaveText(['Interleaved', 'Korean only', 'English only']);
  await expect(views.getByRole('link', { name: 'Interleaved' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('link', { name: 'Side by side' })).toHaveCount(0);
  // Interleaved: each English sentence under its Korean one.
  const [ko, en] = [(await sentence(page, first!.ko).boundingBox())!, (await sentence(page, first!.en).boundingBox())!];
  expect(en.y).toBeGreaterThanOrEqual(ko.y + ko.height - 1);
  await views.getByRole('link', { name: 'Korean only' }).tap();
  await expect(page).toHaveURL(/\?view=ko$/);
  await expect(views).toBeHidden();
  await expect(sentence(page, first!.en)).toBeHidden();
  await expect(viewMenu(page, 'Korean only')).toBeVisible();
});

test('a link to side by side opens interleaved on a phone', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  await expect(viewMenu(page, 'Interleaved')).toBeVisible();
  const [ko, en] = [(await sentence(page, first!.ko).boundingBox())!, (await sentence(page, first!.en).boundingBox())!];
  expect(en.y).toBeGreaterThanOrEqual(ko.y + ko.height - 1);
  expect(en.width).toBeGreaterThan(page.viewportSize()!.width * 0.7);
});

test('the settings sheet holds the switches, and works by keyboard', async ({ page }) => {
  await page.goto(`/ko${READER}`);
  const sheet = page.getByRole('button', { name: '읽기 설정', exact: true });
  await sheet.focus();
  await page.keyboard.press('Enter');
  await expectExpanded(sheet, true);
  const hide = page.getByRole('switch', { name: '번역 가리기' });
  await expect(hide).toBeVisible();
  await expect(page.getByRole('switch', { name: '로마자 표기' })).toBeVisible();
  await expect(page.getByRole('switch', { name: '학습 상태 색 표시' })).toBeVisible();
  await hide.tap();
  await expect(hide).toBeChecked();
  await expect(page).toHaveURL(/\?hide=1$/);
  await expectNoSeriousA11yViolations(page);
  // Escape closes the sheet and gives focus back to its button; opening the view menu closes it too.
  await hide.focus();
  await page.keyboard.press('Escape');
  await expectExpanded(sheet, false);
  await expect(sheet).toBeFocused();
  await sheet.tap();
  await expectExpanded(sheet, true);
  await page.getByRole('button', { name: '보기 방식: 문장별 번갈아 보기', exact: true }).tap();
  await expectExpanded(sheet, false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the view menu still opens and its links still switch the view', async ({ page }) => {
    await page.goto(`/en${READER}`);
    await viewMenu(page, 'Interleaved').tap();
    await page.getByRole('link', { name: 'English only' }).tap();
    // A full page load this time, not a client update.
    await page.waitForURL(/\?view=en$/);
    await expect(viewMenu(page, 'English only')).toBeVisible();
    await expect(sentence(page, first!.ko)).toBeHidden();
  });
});
