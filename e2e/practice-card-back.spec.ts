import { expect, test } from '@playwright/test';
import { exampleFor } from '../lib/practice/deck';
import { buildExampleIndex, getCorpus } from '../lib/reader';
import { expectNoSeriousA11yViolations } from './helpers';

const examples = buildExampleIndex(getCorpus());
const aiChip = exampleFor(examples, 't:ai-chip')!;
const ai = exampleFor(examples, 't:ai')!;

test('a card never shows its answer; its back has the article’s sentence and the grade buttons their next interval', async ({ page }) => {
  await page.goto('/en/practice');
  // AI is its own English: it is asked by its definition, with the answer blanked.
  const card = page.getByRole('group', { name: /English → Korean/ });
  await expect(card.getByText('Which Korean word is this?')).toBeVisible();
  await expect(card.getByText(/___: computer systems/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Type the Korean' }).fill('AI');
  await page.getByRole('button', { name: 'Check' }).click();
  const example = card.getByRole('figure', { name: 'Example from the article' });
  await expect(example).toContainText(ai.ko);
  await expect(example).toContainText(ai.en);
  // A new card: FSRS brings it back after 1 minute (Again), 6 minutes, 10 minutes, or 8 days (Easy).
  const grades = card.getByRole('group', { name: 'How well did you know it?' });
  await expect(grades.getByRole('button', { name: 'Again 1m' })).toBeVisible();
  await expect(grades.getByRole('button', { name: 'Hard 6m' })).toBeVisible();
  await expect(grades.getByRole('button', { name: 'Good 10m' })).toBeVisible();
  await expect(grades.getByRole('button', { name: 'Easy 8d' })).toBeVisible();
  await grades.getByRole('button', { name: 'Good 10m' }).click();

  // AI 칩: its romanization would spell "AI chip", so the front shows the Korean alone.
  const next = page.getByRole('group', { name: /Korean → English/ });
  await expect(next.getByText('AI 칩', { exact: true })).toBeVisible();
  await expect(next.getByText('AI chip')).toBeHidden();
  await next.getByRole('button', { name: 'Show answer' }).click();
  await expect(next.getByRole('paragraph').filter({ hasText: /^AI chip$/ })).toBeVisible();
  const back = next.getByRole('figure', { name: 'Example from the article' });
  await expect(back).toContainText(aiChip.ko);
  await expect(back).toContainText(aiChip.en);
  await expect(back.getByRole('link', { name: 'Read it in the article' })).toHaveAttribute('href', `/en/read/${aiChip.slug}#${aiChip.sid}`);
  await expectNoSeriousA11yViolations(page);
});

test('the grade buttons show the next interval in Korean', async ({ page }) => {
  await page.goto('/ko/practice');
  await page.getByRole('textbox', { name: '한국어로 입력하세요' }).fill('AI');
  await page.getByRole('button', { name: '확인' }).click();
  const grades = page.getByRole('group', { name: '얼마나 잘 알았나요?' });
  await expect(grades.getByRole('button', { name: '다시 1분' })).toBeVisible();
  await expect(grades.getByRole('button', { name: '쉬움 8일' })).toBeVisible();
  await expect(page.getByRole('figure', { name: '글에 나온 예문' })).toContainText(ai.ko);
});
