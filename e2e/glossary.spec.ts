import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, READER } from './helpers';

test('the glossary groups entries by category and searches by Korean, romanization and English', async ({ page }) => {
  await page.goto('/en/glossary');
  await expect(page.getByRole('heading', { level: 2, name: 'Companies' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search the glossary' });
  for (const query of ['블랙', 'beullaegwel', 'blackwell']) {
    await search.fill(query);
    await expect(page.getByRole('status')).toHaveText(`1 entry matches “${query}”.`);
    await expect(page.getByRole('link', { name: '블랙웰 울트라 · Blackwell Ultra' })).toBeVisible();
    await expect(page.getByRole('link', { name: '인피니밴드 · InfiniBand' })).toBeHidden();
  }
  await search.fill('zzzz');
  await expect(page.getByRole('status')).toHaveText('No entry matches “zzzz”.');
});

test('검색: the Korean glossary finds 인피니밴드 by a partial word', async ({ page }) => {
  await page.goto('/ko/glossary');
  await page.getByRole('searchbox', { name: '용어 검색' }).fill('인피니');
  await expect(page.getByRole('status')).toHaveText('“인피니”에 맞는 용어 1개');
  await page.getByRole('link', { name: '인피니밴드 · InfiniBand' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '인피니밴드' })).toBeVisible();
  await expect(page.getByText('inpinibaendeu')).toBeVisible();
});

test('an entry lists its occurrences and links back to the sentence in the reader', async ({ page }) => {
  await page.goto('/en/glossary/gb200');
  await expect(page.getByRole('heading', { level: 2, name: 'Note' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('GB300');
  // The published article comes first (generated long articles, when built in, follow it).
  await page
    .getByRole('link', { name: /Read in context/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/en${READER}#p03-1$`));
  await expect(page.locator('#p03-1')).toBeInViewport();
});

test('the glossary downloads as CSV and as an Anki TSV', async ({ page, request }) => {
  await page.goto('/en/glossary');
  const csv = await request.get((await page.getByRole('link', { name: 'CSV (spreadsheet)' }).getAttribute('href')) ?? '');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('infiniband,인피니밴드,inpinibaendeu,InfiniBand,technology');
  const tsv = await request.get((await page.getByRole('link', { name: 'Anki deck (TSV)' }).getAttribute('href')) ?? '');
  expect((await tsv.text()).split('\n')[0]).toBe('#separator:tab');
});

for (const locale of ['ko', 'en']) {
  test(`axe finds no serious violation on the glossary pages (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/glossary`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/${locale}/glossary/infiniband`);
    await expect(page.getByRole('heading', { level: 1, name: '인피니밴드' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term in the reader is a real link to its glossary page', async ({ page }) => {
    await page.goto(`/ko${READER}`);
    await page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' }).click();
    await expect(page).toHaveURL(/\/ko\/glossary\/infiniband$/);
    await expect(page.getByRole('heading', { level: 1, name: '인피니밴드' })).toBeVisible();
  });

  test('the glossary search works as a plain form', async ({ page }) => {
    await page.goto('/en/glossary');
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('blackwell');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=blackwell/);
    await expect(page.getByRole('link', { name: '블랙웰 울트라 · Blackwell Ultra' })).toBeVisible();
    await expect(page.getByRole('link', { name: '인피니밴드 · InfiniBand' })).toBeHidden();
  });
});
