import { expect, test, type Page } from '@playwright/test';
import { READER } from './helpers';

const koreanTerm = (page: Page) => page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
const popover = (page: Page) => page.getByRole('dialog', { name: /인피니밴드/ });

test.beforeEach(async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  await expect(koreanTerm(page)).toBeVisible();
});

test('hovering 인피니밴드 in the Korean column shows its definition and breakdown', async ({ page }) => {
  await koreanTerm(page).hover();
  const card = popover(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('InfiniBand');
  await expect(card).toContainText('inpinibaendeu');
  await expect(card.getByRole('link', { name: 'Open in the glossary' })).toHaveAttribute('href', '/en/glossary/infiniband');
  // Parts and grammar sit below, folded: a disclosure button unfolds them.
  const details = card.getByRole('button', { name: 'Parts and grammar' });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await expect(card).not.toContainText('(으)로: by means of');
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toContainText('(으)로: by means of');
});

test('the parts-and-grammar disclosure works from the keyboard, and stays unfolded for the next word', async ({ page }) => {
  const term = koreanTerm(page);
  await term.focus();
  await page.keyboard.press('Enter');
  const details = popover(page).getByRole('button', { name: 'Parts and grammar' });
  await details.focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(popover(page)).toContainText('(으)로: by means of');
  await page.keyboard.press('Space');
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await page.getByText('쏟아부으며', { exact: true }).click();
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ })).toContainText('-(으)며: and; while');
});

test('Enter on a term reached from its sentence opens the same popover; Escape closes it and focus stays', async ({ page }) => {
  const term = koreanTerm(page);
  await term.focus();
  // Reaching a term does not open it: Enter does.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(popover(page)).toContainText('InfiniBand');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(term).toBeFocused();
});

test('Arrow down from an open term moves into the popover, Escape returns to the term', async ({ page }) => {
  const term = koreanTerm(page);
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover(page)).toContainText('InfiniBand');
  await page.keyboard.press('ArrowDown');
  await expect(popover(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(term).toBeFocused();
  // Tab moves on through the text, and the popover goes with the focus.
  await page.keyboard.press('Tab');
  await expect(term).not.toBeFocused();
  await expect(popover(page)).toBeHidden();
});

test('the pointer can move onto the popover and it stays; leaving both closes it', async ({ page }) => {
  await koreanTerm(page).hover();
  const card = popover(page);
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  // Straight onto it (two steps): under load, eight small steps could take longer than the 300 ms
  // a popover waits after the pointer leaves its word, and then it would rightly close.
  await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 2 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  // Away to the page's corner, where no word is (200 px below could be another 인피니밴드, with its own popover).
  await page.mouse.move(5, 5, { steps: 4 });
  await expect(card).toBeHidden();
});

test('hovering “InfiniBand” in English marks 인피니밴드 in the Korean sentence', async ({ page }) => {
  const english = page.locator('[lang="en"]').getByRole('link', { name: 'InfiniBand', exact: true });
  await expect(koreanTerm(page)).not.toHaveAttribute('data-term-active');
  await english.hover();
  await expect(koreanTerm(page)).toHaveAttribute('data-term-active', '');
  await expect(page.locator('[lang="ko"]').getByRole('link', { name: '엔비디아의' }).first()).not.toHaveAttribute('data-term-active');
});

test('any Korean word can be taken apart: 쏟아부으며 → 쏟아붓다 + -(으)며', async ({ page }) => {
  await page.getByText('쏟아부으며', { exact: true }).click();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await expect(card).toContainText('Dictionary form: 쏟아붓다');
  await expect(card).toContainText('to pour');
  await card.getByRole('button', { name: 'Parts and grammar' }).click();
  await expect(card).toContainText('-(으)며: and; while');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('the romanization toggle sets the Revised Romanization above each Korean word, as ruby', async ({ page }) => {
  const word = page.locator('[lang="ko"] ruby').filter({ hasText: /^쏟아부으며/ });
  await expect(word).toHaveText('쏟아부으며');
  await expect(word.locator('rt')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Romanization' }).click();
  await expect(page).toHaveURL(/rr=1/);
  await expect(word.locator('rt')).toHaveText('ssodabueumyeo');
  await expect(word.locator('rt')).toBeVisible();
  await page.getByRole('switch', { name: 'Romanization' }).click();
  await expect(word.locator('rt')).toBeHidden();
});

test('from a focused Korean sentence, the arrow keys walk its words; Enter opens one, Escape goes back', async ({ page }) => {
  const sentence = page.locator('[lang="ko"] [data-sid="p01-3"]');
  await sentence.focus();
  await page.keyboard.press('ArrowRight');
  await expect(sentence.getByText('과연', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(sentence.getByText('어떤', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(sentence.getByText('과연', { exact: true })).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /과연/ })).toContainText('Dictionary form: 과연');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(sentence.getByText('과연', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sentence).toBeFocused();
});

test('a term in Latin letters (AI) is not followed by itself as its reading; a Korean one has its reading', async ({ page }) => {
  await page.locator('[lang="ko"]').getByRole('link', { name: 'AI', exact: true }).first().hover();
  const heading = page.getByRole('dialog', { name: /AI/ }).locator('p').first();
  await expect(heading).toHaveText('AI');
  await koreanTerm(page).hover();
  await expect(popover(page).locator('p').first()).toContainText(/inpinibaendeu/i);
});
