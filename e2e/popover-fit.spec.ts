import { expect, test, type Locator, type Page } from '@playwright/test';
import { READER } from './helpers';

// Popovers that always fit: placed by Floating UI (flip above, shift inside, height capped, scrolling inside).

/** The popover's box lies entirely inside the viewport. */
async function expectInsideViewport(page: Page, card: Locator) {
  const { width, height } = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = (await card.boundingBox())!;
      return [box.x >= 0, box.y >= 0, box.x + box.width <= width, box.y + box.height <= height];
    })
    .toEqual([true, true, true, true]);
}

/** Scrolls the page so that the element's bottom sits just above the viewport's bottom edge. */
const toBottomEdge = (link: Locator) =>
  link.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));

test('a term on the bottom edge opens its popover above it, inside the viewport, and unfolded parts scroll inside', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 380 });
  await page.goto(`/en${READER}?view=side`);
  const term = page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
  await expect(term).toBeVisible();
  await toBottomEdge(term);
  await term.hover();
  const card = page.getByRole('dialog', { name: /인피니밴드/ });
  await expect(card).toContainText('InfiniBand');
  await expectInsideViewport(page, card);
  // It flipped: the whole card is above the word.
  const [word, box] = [(await term.boundingBox())!, (await card.boundingBox())!];
  expect(box.y + box.height).toBeLessThanOrEqual(word.y);
  // Unfolding the parts keeps it inside: its height is capped, and it scrolls inside.
  await card.getByRole('button', { name: 'Parts and grammar' }).click();
  await expect(card).toContainText('(으)로: by means of');
  await expectInsideViewport(page, card);
  await expect.poll(() => card.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});

test('a term at the right and bottom edges of the English column opens its popover inside the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 560 });
  await page.goto(`/en${READER}?view=side`);
  const links = page.locator('.para [lang="en"]').getByRole('link');
  await expect(links.first()).toBeVisible();
  // The English glossary link furthest to the right.
  const index = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('.para [lang="en"] a[href]')];
    const rights = all.map((el) => (el.matches('.term') ? el.getBoundingClientRect().right : -1));
    return rights.indexOf(Math.max(...rights));
  });
  const term = links.nth(index);
  const name = (await term.textContent())!.trim();
  await toBottomEdge(term);
  const word = (await term.boundingBox())!;
  // A card 22rem wide would not fit to the right of this word without being shifted.
  expect(word.x + 352).toBeGreaterThan(760);
  await term.hover();
  const card = page.getByRole('dialog', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(card.getByRole('link', { name: 'Open in the glossary' })).toBeVisible();
  await expectInsideViewport(page, card);
});

test('under 640 px the popover is a bottom sheet: full width, on the bottom edge, at most 60% of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto(`/en${READER}`);
  const word = page.locator('[data-reader]').getByText('쏟아부으며', { exact: true });
  await word.click();
  const card = page.getByRole('dialog', { name: /쏟아부으며/ });
  await expect(card).toContainText('to pour');
  await card.getByRole('button', { name: 'Parts and grammar' }).click();
  await expect(card).toContainText('-(으)며: and; while');
  const box = (await card.boundingBox())!;
  expect([box.x, box.width, Math.round(box.y + box.height)]).toEqual([0, 600, 800]);
  expect(box.height).toBeLessThanOrEqual(800 * 0.6 + 1);
  // The word it explains is not hidden under the sheet.
  const shown = (await word.boundingBox())!;
  expect(shown.y + shown.height).toBeLessThanOrEqual(box.y);
});
