import { expect, test } from '@playwright/test';
import { explainRole } from '../lib/practice/roles';
import { buildRoleItems, getCorpus } from '../lib/reader';
import { expectNoSeriousA11yViolations } from './helpers';

const roles = buildRoleItems(getCorpus());
const [first, second] = roles;

test('the role drill: topic, subject or object, with the reason after each answer', async ({ page }) => {
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Particle roles' }).click();
  await expect(
    page.getByRole('heading', { name: `Topic, subject or object: which particle did the writer use after ${first!.noun}?` }),
  ).toBeVisible();
  const choices = page.getByRole('group', { name: 'Topic, subject or object' });
  await choices.getByRole('button', { name: `${first!.particle} (${first!.role})` }).click();
  const status = page.getByRole('status').filter({ hasText: 'Right:' });
  await expect(status).toContainText(`Right: ${first!.noun}${first!.particle} (${first!.role}).`);
  await expect(status).toContainText(explainRole(first!, 'en'));
  await page.getByRole('button', { name: 'Next sentence' }).click();
  // A wrong answer: the writer's choice and why.
  await choices.getByRole('button', { name: /\(object\)/ }).click();
  const wrong = page.getByRole('status').filter({ hasText: 'The writer used' });
  await expect(wrong).toContainText(`The writer used ${second!.noun}${second!.particle} (${second!.role}).`);
  await expect(wrong).toContainText(explainRole(second!, 'en'));
  await expectNoSeriousA11yViolations(page);
});

test('the role drill in Korean gives its reason in Korean', async ({ page }) => {
  await page.goto('/ko/practice');
  await page.getByRole('tab', { name: '조사의 역할' }).click();
  const choices = page.getByRole('group', { name: '주제, 주어, 목적어' });
  await choices.getByRole('button', { name: `${first!.particle} (주제)` }).click();
  await expect(page.getByRole('status').filter({ hasText: '맞았습니다' })).toContainText(explainRole(first!, 'ko'));
});
