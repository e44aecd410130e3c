import { expect, test, type Page } from '@playwright/test';
import { emptyProgress, lemmaWordId, PROGRESS_KEY, termWordId, updateWord } from '../lib/practice';
import { READER, sentence, sentences } from './helpers';

const koreanTerm = (page: Page) => page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
const koreanSentence = (page: Page, sid: string) => page.locator(`[lang="ko"] [data-sid="${sid}"]`);

/** Presses an arrow until `target` has the focus (at most `max` times), as a keyboard user walks a sentence. */
async function walkTo(page: Page, target: ReturnType<Page['locator']>, key = 'ArrowRight', max = 40) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/en${READER}?view=side`);
  // Roving focus is the client script's: wait until it has taken the links out of the Tab order.
  await expect(koreanTerm(page)).toHaveAttribute('tabindex', '-1');
});

test('the Korean column is one Tab stop per sentence, and Tab goes from sentence to sentence', async ({ page }) => {
  const stops = await page.locator('.para [lang="ko"]').evaluateAll((columns) => {
    const all = columns.flatMap((column) => [...column.querySelectorAll<HTMLElement>('a[href], button, [tabindex]')]);
    return { links: all.filter((el) => el.matches('a[href]')).length, tabStops: all.filter((el) => el.tabIndex >= 0).length };
  });
  expect(stops.links).toBeGreaterThan(50);
  expect(stops.tabStops).toBe(sentences.length);
  await sentence(page, sentences[0]!.ko).focus();
  await page.keyboard.press('Tab');
  await expect(sentence(page, sentences[1]!.ko)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sentence(page, sentences[2]!.ko)).toBeFocused();
});

test('arrows walk the terms and words of a sentence; Enter opens the popover, then follows the link', async ({ page }) => {
  const start = koreanSentence(page, 'p03-2');
  await start.focus();
  await walkTo(page, koreanTerm(page));
  // Walking is quiet: nothing opens until Enter.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: /인피니밴드/ });
  await expect(card).toContainText('InfiniBand');
  await expect(page).toHaveURL(new RegExp(`${READER}\\?view=side$`));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(koreanTerm(page)).toBeFocused();
  // The word after the term, then back over the term.
  await page.keyboard.press('ArrowRight');
  await expect(start.getByText('연결되어', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(koreanTerm(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/glossary\/infiniband$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('인피니밴드');
});

test('Escape from a word returns to its sentence, and Tab then leaves the sentence', async ({ page }) => {
  const start = koreanSentence(page, 'p01-2');
  await start.focus();
  await walkTo(page, start.getByText('쏟아부으며', { exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ })).toContainText('Dictionary form: 쏟아붓다');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(start).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(koreanSentence(page, 'p01-3')).toBeFocused();
});

test('in the English column the arrows walk the glossary terms', async ({ page }) => {
  const english = page.locator('p[lang="en"] [data-sid="p03-2"]');
  await english.focus();
  await walkTo(page, english.getByRole('link', { name: 'InfiniBand', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /InfiniBand/ })).toBeVisible();
});

test('glossary terms carry a quiet dotted underline in the text colour, with no box', async ({ page }) => {
  const style = await koreanTerm(page).evaluate((el) => {
    const own = getComputedStyle(el);
    return {
      line: own.textDecorationLine,
      style: own.textDecorationStyle,
      thickness: own.textDecorationThickness,
      colour: own.color,
      textColour: getComputedStyle(el.closest('p')!).color,
      background: own.backgroundColor,
    };
  });
  expect(style).toEqual({
    line: 'underline',
    style: 'dotted',
    thickness: '1px',
    colour: style.textColour,
    textColour: style.textColour,
    background: 'rgba(0, 0, 0, 0)',
  });
});

test('with status colours on, known words and terms are plain; new and learning ones are marked', async ({ page }) => {
  let progress = updateWord(emptyProgress(), termWordId('infiniband'), '인피니밴드', { saved: true, status: 'known' });
  progress = updateWord(progress, lemmaWordId('쏟아붓다'), '쏟아붓다', { saved: true, status: 'learning' });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(progress)]);
  await page.goto(`/en${READER}?view=side&st=1`);
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return { line: s.textDecorationLine, style: s.textDecorationStyle, background: s.backgroundColor };
  };
  const plain = { line: 'none', style: 'solid', background: 'rgba(0, 0, 0, 0)' };

  const knownWord = koreanTerm(page).locator('.w').first();
  await expect(knownWord).toHaveAttribute('data-status', 'known');
  expect(await koreanTerm(page).evaluate(look)).toEqual(plain);
  expect(await knownWord.evaluate(look)).toEqual(plain);

  const learning = page.getByText('쏟아부으며', { exact: true });
  await expect(learning).toHaveAttribute('data-status', 'learning');
  expect((await learning.evaluate(look)).line).toBe('underline');

  const newTerm = page.locator('[lang="ko"] [data-sid="p01-2"]').getByRole('link', { name: '엔비디아의' });
  await expect(newTerm.locator('.w').first()).toHaveAttribute('data-status', 'new');
  expect(await newTerm.locator('.w').first().evaluate(look)).toMatchObject({ line: 'underline', style: 'dotted' });
});

test('with romanization on, each Korean word carries its reading in <rt>, and lines do not collide', async ({ page }) => {
  await page.goto(`/en${READER}?view=side&rr=1`);
  const word = page.locator('[lang="ko"] ruby').filter({ hasText: /^쏟아부으며/ });
  await expect(word.locator('rt')).toHaveText('ssodabueumyeo');
  await expect(word.locator('rt')).toBeVisible();
  const paragraph = page.locator('.para [lang="ko"]').first();
  const layout = await paragraph.evaluate((p) => {
    const rubies = [...p.querySelectorAll('ruby')].filter((ruby) => ruby.querySelector('rt'));
    const bases = rubies.map((ruby) => {
      const range = document.createRange();
      range.selectNodeContents(ruby.firstChild!);
      return range.getBoundingClientRect();
    });
    const readings = rubies.map((ruby) => ruby.querySelector('rt')!.getBoundingClientRect());
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const lines = new Set(bases.map((b) => Math.round(b.top))).size;
    const collisions = readings.flatMap((rt, i) => [
      // A reading sits on its own word's box (the font's leading overlaps); any other word is a collision.
      ...bases.filter((base, j) => j !== i && overlap(rt, base)).map(() => `${rubies[i]!.textContent} over a word`),
      ...readings.filter((other, j) => j !== i && overlap(rt, other)).map(() => `${rubies[i]!.textContent} over a reading`),
    ]);
    // A word and its reading stay together on one line.
    const split = rubies.filter((ruby) => ruby.getClientRects().length > 1).map((ruby) => ruby.textContent);
    return { rubies: rubies.length, lines, collisions, split, fontSize: parseFloat(getComputedStyle(p.querySelector('rt')!).fontSize) };
  });
  expect(layout.rubies).toBeGreaterThan(20);
  expect(layout.lines).toBeGreaterThan(1);
  expect(layout.collisions).toEqual([]);
  expect(layout.split).toEqual([]);
  expect(layout.fontSize).toBeGreaterThanOrEqual(10);
});
