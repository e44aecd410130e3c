import { expect, test } from '@playwright/test';
import { article, READER, sentences } from './helpers';

test.use({ javaScriptEnabled: false });

test('the whole article is readable in both languages without JavaScript', async ({ page }) => {
  await page.goto(`/ko${READER}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.en);
  const headings = article.blocks.filter((block) => block.kind === 'heading');
  // The section headings, and the heading of the translator's notes.
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(headings.length + (article.notes.length > 0 ? 1 : 0));
  for (const block of headings) await expect(page.getByRole('heading', { level: 2, name: block.segment.ko })).toBeVisible();
  const figures = article.blocks.filter((block) => block.kind === 'figure');
  for (const [i, block] of figures.entries()) {
    const figure = page.getByRole('figure', { name: `이미지 설명 ${i + 1}`, exact: true });
    await expect(figure.getByText(block.segment.ko, { exact: true })).toBeVisible();
    await expect(figure.getByText(block.segment.en, { exact: true })).toBeVisible();
  }
  for (const sentence of sentences) {
    await expect(page.getByText(sentence.ko, { exact: true })).toBeVisible();
    await expect(page.getByText(sentence.en, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: article.meta.sourceName!, exact: true })).toHaveAttribute('href', article.meta.source);
});

test('the view links work without JavaScript too', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await page.getByRole('link', { name: 'English only' }).click();
  await expect(page).toHaveURL(/\?view=en$/);
  await expect(page.getByText(sentences[0]!.ko, { exact: true })).toBeHidden();
  await expect(page.getByText(sentences[0]!.en, { exact: true })).toBeVisible();
  await page.goto(`/en${READER}`);
  await expect(page.getByText(sentences[0]!.ko, { exact: true })).toBeHidden();
});

test('glossary links are ordinary links and Tab stops without JavaScript, and they navigate', async ({ page }) => {
  await page.goto(`/en${READER}`);
  const term = page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
  await expect(term).toHaveAttribute('href', '/en/glossary/infiniband');
  await expect(term).not.toHaveAttribute('tabindex');
  await term.click();
  await page.waitForURL(/\/en\/glossary\/infiniband$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('인피니밴드');
});

test('romanization is ruby without JavaScript too', async ({ page }) => {
  await page.goto(`/en${READER}?rr=1`);
  const word = page.locator('[lang="ko"] ruby').filter({ hasText: /^쏟아부으며/ });
  await expect(word.locator('rt')).toHaveText('ssodabueumyeo');
  await expect(word.locator('rt')).toBeVisible();
});

test('hide translation hides the English without JavaScript too, and says how to read it', async ({ page }) => {
  await page.goto(`/en${READER}?view=side&hide=1`);
  await expect(page.getByText(sentences[0]!.ko, { exact: true })).toBeVisible();
  await expect(page.getByText(sentences[0]!.en, { exact: true })).toBeHidden();
  // Not the hint for readers with JavaScript (a click shows a sentence), which cannot work here.
  await expect(page.getByText('Click, tap or press Enter on a sentence to show it.')).toBeHidden();
  await expect(
    page.getByText('Without JavaScript they cannot be shown a sentence at a time: turn off “Hide translation” to read them.'),
  ).toBeVisible();
  await page.goto(`/ko${READER}?view=side&hide=1`);
  await expect(page.getByText('번역을 보려면 ‘번역 가리기’를 끄세요.', { exact: false })).toBeVisible();
});

test('pages that need JavaScript say so, offer no form that would lose what was typed, and show no endless loading', async ({ page }) => {
  await page.goto('/en/import');
  await expect(
    page.getByText('Reading your own text needs JavaScript: the text is analysed for you and kept in this browser.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Korean text' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Read it' })).toBeHidden();
  await page.goto('/ko/import');
  await expect(page.getByText('내 글을 읽으려면 JavaScript가 필요합니다.', { exact: false })).toBeVisible();
  await page.goto('/ko/practice');
  await expect(page.getByText('연습 기능은 JavaScript가 필요합니다.', { exact: false })).toBeVisible();
  await expect(page.getByText('학습 기록을 읽는 중…')).toBeHidden();
});
