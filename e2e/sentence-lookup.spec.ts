import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

const FIRST = '오픈AI가 새 모델을 발표했습니다.';
const SECOND = '사람들이 놀랐습니다.';

async function importKoreanOnly(page: Page, locale: 'en' | 'ko') {
  await page.goto(`/${locale}/import`);
  await page.getByRole('textbox', { name: locale === 'en' ? 'Korean text' : '한국어 글' }).fill(`${FIRST} ${SECOND}`);
  await page.getByRole('button', { name: locale === 'en' ? 'Read it' : '읽기' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/import/[0-9a-f-]{36}$`), { timeout: 30_000 });
}

test('a Korean-only import links each sentence to the translator, in a new tab', async ({ page }) => {
  await importKoreanOnly(page, 'en');
  for (const [number, ko] of [
    [1, FIRST],
    [2, SECOND],
  ] as const) {
    const link = page.getByRole('link', { name: `Translate with Papago: sentence ${number} (opens in a new tab)` });
    await expect(link).toHaveAttribute('href', `https://papago.naver.com/?sk=ko&tk=en&st=${encodeURIComponent(ko)}`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expectNoSeriousA11yViolations(page);
  // Another translator, chosen in Settings, is what the links then use.
  const textUrl = page.url();
  await page.goto('/en/settings');
  await page.getByRole('button', { name: 'Use Google Translate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sentences now link to Google Translate.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(textUrl);
  await expect(page.getByRole('link', { name: 'Translate with Google Translate: sentence 2 (opens in a new tab)' })).toHaveAttribute(
    'href',
    `https://translate.google.com/?sl=ko&tl=en&text=${encodeURIComponent(SECOND)}&op=translate`,
  );
});

test('a typed translation is shown in the English column and survives a reload; HTML is refused with a message', async ({ page }) => {
  await importKoreanOnly(page, 'en');
  await page.getByRole('button', { name: 'Add your translation of sentence 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your translation of sentence 1' });
  await expect(dialog).toContainText(FIRST);
  const field = dialog.getByRole('textbox', { name: 'Your translation' });
  await field.fill('<b>OpenAI</b> announced a new model.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Write plain text: HTML tags and character codes such as &amp; are not kept.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await field.fill('OpenAI announced a new model.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const english = page.locator('.para [lang="en"]');
  await expect(english).toContainText('OpenAI announced a new model.');
  await page.reload();
  await expect(page.locator('.para [lang="en"]')).toContainText('OpenAI announced a new model.');
  await expect(page.getByRole('button', { name: 'Edit your translation of sentence 1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your translation of sentence 2' })).toBeVisible();
});

test('in the Korean UI, the links, the dialog and its errors are in Korean', async ({ page }) => {
  await importKoreanOnly(page, 'ko');
  await expect(page.getByRole('link', { name: 'Papago에서 번역: 1번 문장(새 탭에서 열림)' })).toBeVisible();
  await page.getByRole('button', { name: '1번 문장의 내 번역 쓰기' }).click();
  const dialog = page.getByRole('dialog', { name: '1번 문장의 내 번역' });
  await dialog.getByRole('textbox', { name: '내 번역' }).fill('x'.repeat(1001));
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('너무 깁니다. 번역은 1000자까지 쓸 수 있습니다.');
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
});

test('side by side, each sentence has its own line in the English column, opening with its first Korean words', async ({ page }) => {
  await importKoreanOnly(page, 'en');
  await expect(page.getByRole('link', { name: 'Side by side' })).toHaveAttribute('aria-current', 'true');
  const first = page.getByRole('link', { name: 'Translate with Papago: sentence 1 (opens in a new tab)' });
  const second = page.getByRole('link', { name: 'Translate with Papago: sentence 2 (opens in a new tab)' });
  const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  const english = page.locator('.para [lang="en"]');
  await expect(english.getByText('오픈AI가 새 모델을…')).toBeVisible();
  await expect(english.getByText(SECOND)).toBeVisible();
  // The sentence's highlight covers its whole line (it is a block, not an inline around one).
  const line = english.locator('.s').first();
  await page.getByText(FIRST.split(' ')[0]!, { exact: true }).hover();
  await expect(line).toHaveAttribute('data-active', '');
  expect((await line.boundingBox())!.height).toBeGreaterThanOrEqual(a.height);
  expect((await line.boundingBox())!.width).toBeGreaterThan(200);
  // Interleaved, the Korean sentence is right above its links: no cue.
  await page.getByRole('link', { name: 'Interleaved' }).click();
  await expect(page.getByRole('link', { name: 'Interleaved' })).toHaveAttribute('aria-current', 'true');
  await expect(first).toBeVisible();
  await expect(english.getByText('오픈AI가 새 모델을…')).toBeHidden();
});
