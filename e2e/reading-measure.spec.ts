import { expect, test, type Locator, type Page } from '@playwright/test';
import { READER, sentence, sentences } from './helpers';

// At 1280 px the page has room for lines far longer than anyone reads comfortably: the text column
// keeps to a measure of about 40 Hangul syllables or 70 Latin characters ("0"s) a line.

const [first] = sentences;
const HANGUL = { glyph: '가', most: 40, least: 25 };
const LATIN = { glyph: '0', most: 70, least: 45 };

/**
 * How many of `glyph` a line of `box` holds, the glyph set in the font of `text`. A Hangul
 * syllable is set full width (about 1em) in Korean fonts; a machine without one draws narrower
 * boxes, which say nothing about the reader's measure, so a syllable counts at least 0.9em.
 */
async function perLine(box: Locator, text: Locator, glyph: string) {
  const width = (await box.boundingBox())!.width;
  const glyphWidth = await text.evaluate((el, g) => {
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'pre';
    probe.textContent = g.repeat(20);
    el.append(probe);
    const w = probe.getBoundingClientRect().width / 20;
    probe.remove();
    const em = parseFloat(getComputedStyle(el).fontSize);
    return /\p{Script=Hangul}/u.test(g) ? Math.max(w, 0.9 * em) : w;
  }, glyph);
  return width / glyphWidth;
}

async function expectWithinMeasure(box: Locator, text: Locator, { glyph, most, least }: typeof HANGUL) {
  const n = await perLine(box, text, glyph);
  expect(n).toBeLessThanOrEqual(most);
  expect(n).toBeGreaterThanOrEqual(least);
}

const paragraphOf = (page: Page, text: string) => sentence(page, text).locator('xpath=ancestor::*[@data-pid][1]');

for (const view of ['ko', 'en', 'interleaved'] as const) {
  test(`a single column keeps to the reading measure, centred (${view})`, async ({ page }) => {
    await page.goto(`/en${READER}?view=${view}`);
    const text = sentence(page, view === 'en' ? first!.en : first!.ko);
    await expect(text).toBeVisible();
    const column = paragraphOf(page, view === 'en' ? first!.en : first!.ko);
    if (view !== 'en') await expectWithinMeasure(column, text, HANGUL);
    if (view !== 'ko') await expectWithinMeasure(column, sentence(page, first!.en), LATIN);
    const box = (await column.boundingBox())!;
    const left = box.x;
    const right = page.viewportSize()!.width - (box.x + box.width);
    expect(Math.abs(left - right)).toBeLessThan(24);
  });
}

test('side by side keeps each column within the measure', async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  const [ko, en] = [sentence(page, first!.ko), sentence(page, first!.en)];
  const koColumn = ko.locator('xpath=ancestor::p[1]');
  const enColumn = en.locator('xpath=ancestor::p[1]');
  await expect(koColumn).toBeVisible();
  expect((await enColumn.boundingBox())!.x).toBeGreaterThan((await koColumn.boundingBox())!.x + (await koColumn.boundingBox())!.width);
  await expectWithinMeasure(koColumn, ko, HANGUL);
  await expectWithinMeasure(enColumn, en, LATIN);
});
