import { expect, test } from '@playwright/test';
import { buildClozeItems, buildParticleItems, getCorpus } from '../lib/reader';
import { expectNoSeriousA11yViolations } from './helpers';

const corpus = getCorpus();
const cloze = buildClozeItems(corpus);
const particles = buildParticleItems(corpus);

test('a cloze answered right, then one answered wrong, each showing the full sentence', async ({ page }) => {
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Cloze' }).click();
  const [first, second] = cloze;
  await expect(page.getByText(`English: ${first!.hint}`)).toBeVisible();
  await page.getByRole('textbox', { name: 'Your answer' }).fill(first!.answer);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText(`Right: ${first!.answer}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read it in the article' })).toHaveAttribute('href', `/en/read/${first!.slug}#${first!.sid}`);
  await page.getByRole('button', { name: 'Next sentence' }).click();
  const wrong = second!.options.find((o) => o !== second!.answer)!;
  await page.getByRole('group', { name: 'Or choose' }).getByRole('button', { name: wrong, exact: true }).click();
  await expect(page.getByText(`The answer is ${second!.answer}.`)).toBeVisible();
  await expect(page.locator('mark')).toHaveText(second!.answer);
});

test('a particle drill answered right and wrong, with the batchim rule', async ({ page }) => {
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Particles' }).click();
  const [first, second] = particles;
  await expect(page.getByRole('heading', { name: `Which particle goes after ${first!.noun}?` })).toBeVisible();
  await page.getByRole('button', { name: first!.particle, exact: true }).click();
  await expect(page.getByText(`Right: ${first!.noun}${first!.particle}.`)).toBeVisible();
  await expect(page.getByText(new RegExp(`so it takes ${first!.particle}`))).toBeVisible();
  await page.getByRole('button', { name: 'Next noun' }).click();
  const forms = await page.getByRole('group', { name: /\// }).getByRole('button').allTextContents();
  await page.getByRole('button', { name: forms.find((f) => f !== second!.particle)!, exact: true }).click();
  await expect(page.getByText(`It is ${second!.noun}${second!.particle}.`)).toBeVisible();
  await expect(page.getByText(new RegExp(`so it takes ${second!.particle}`))).toBeVisible();
});

test('axe finds no serious violation on the practice page', async ({ page }) => {
  for (const locale of ['en', 'ko']) {
    await page.goto(`/${locale}/practice`);
    await expect(page.getByRole('tablist')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole('tab', { name: '학습 현황' }).click();
  await expectNoSeriousA11yViolations(page);
});
