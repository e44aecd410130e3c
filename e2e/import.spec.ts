import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const KO = readFileSync('e2e/fixtures/sample-ko.txt', 'utf8');
const EN = readFileSync('e2e/fixtures/sample-en.txt', 'utf8');

async function paste(page: Page, ko: string, en = '', title = '') {
  if (title) await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('textbox', { name: 'Korean text' }).fill(ko);
  if (en) await page.getByRole('textbox', { name: 'English translation (optional)' }).fill(en);
  await page.getByRole('button', { name: 'Read it' }).click();
}

test('paste Korean and English, read it with linked terms, save a word, reload: all still there', async ({ page }) => {
  await page.goto('/en/import');
  await paste(page, KO, EN, 'Sample news');
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample news');
  const term = page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' });
  await term.hover();
  await expect(page.getByRole('dialog', { name: /인피니밴드/ })).toContainText('InfiniBand');
  await expect(page.locator('[lang="en"]').getByRole('link', { name: 'InfiniBand', exact: true })).toBeVisible();
  await page.getByText('연결합니다.', { exact: true }).click();
  const card = page.getByRole('dialog', { name: /연결합니다/ });
  await expect(card).toContainText('Dictionary form: 연결하다');
  await card.getByRole('button', { name: 'Add to My words' }).click();
  await expect(card.getByRole('button', { name: 'Remove from My words' })).toBeVisible();
  // Opening a saved text needs no new analysis: nothing goes to the analyse route.
  const analysed: string[] = [];
  page.on('request', (r) => r.url().includes('/api/analyse') && analysed.push(r.url()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample news');
  await page.getByText('연결합니다.', { exact: true }).click();
  await expect(page.getByRole('dialog', { name: /연결합니다/ }).getByRole('button', { name: 'Remove from My words' })).toBeVisible();
  await page.goto('/en/import');
  await expect(page.getByRole('link', { name: 'Sample news' })).toBeVisible();
  await page.getByRole('link', { name: 'Sample news' }).click();
  await expect(page.locator('[lang="en"]').getByRole('link', { name: 'InfiniBand', exact: true })).toBeVisible();
  expect(analysed).toEqual([]);
});

test('Korean only: the reader says so, keeps the English column for translate links, and glosses words', async ({ page }) => {
  await page.goto('/ko/import');
  await page.getByRole('textbox', { name: '한국어 글' }).fill('오픈AI가 새 모델을 발표했습니다.');
  await page.getByRole('button', { name: '읽기' }).click();
  await expect(page.getByRole('note')).toContainText('영어 번역이 없어 영어가 들어갈 자리에 문장마다 번역기 링크와');
  await expect(page.getByRole('link', { name: 'Papago에서 번역: 1번 문장(새 탭에서 열림)' })).toBeVisible();
  await page.getByText('발표했습니다.', { exact: true }).click();
  const card = page.getByRole('dialog', { name: /발표했습니다/ });
  await expect(card).toContainText('to announce');
  // The popover names the word without the sentence's full stop.
  await expect(card.getByText('발표했습니다', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  // In Korean only there is no English column: the notice says where the translate links are.
  await page.getByRole('navigation', { name: '보기 방식' }).getByRole('link', { name: '한국어만' }).click();
  const note = page.getByRole('note');
  await expect(note.getByText('다른 보기 방식에서는 문장마다 번역기 링크와', { exact: false })).toBeVisible();
  await expect(note.getByText('영어가 들어갈 자리에 문장마다', { exact: false })).toBeHidden();
  await expect(page.getByRole('link', { name: /Papago에서 번역/ })).toBeHidden();
  // In English only, the text keeps its (Korean) title rather than an empty heading.
  await page.getByRole('navigation', { name: '보기 방식' }).getByRole('link', { name: '영어만' }).click();
  await expect(note.getByText('영어가 들어갈 자리에 문장마다', { exact: false })).toBeVisible();
  await expect(note.getByText('다른 보기 방식에서는', { exact: false })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('오픈AI가 새 모델을');
});

test('an untitled text is named by its first words, not its whole first sentence', async ({ page }) => {
  await page.goto('/en/import');
  await paste(page, KO, EN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('엔비디아는 인피니밴드(InfiniBand)로 서버를…');
  await page.goto('/en/import');
  await expect(page.getByRole('link', { name: '엔비디아는 인피니밴드(InfiniBand)로 서버를…' })).toBeVisible();
});

test('mismatched sentence counts are paired by paragraph, with a notice', async ({ page }) => {
  await page.goto('/en/import');
  await paste(page, '가요. 와요.', 'Going and coming.');
  await expect(page.getByRole('note')).toContainText('paired paragraph by paragraph');
});

test('empty input is refused with a message, and nothing is sent', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => r.url().includes('/api/analyse') && sent.push(r.url()));
  await page.goto('/en/import');
  await paste(page, '   \n  ');
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText('Paste some Korean text first.');
  expect(sent).toEqual([]);
});

test('the size limit shows before sending, and a 413 from the server shows in the UI language', async ({ page }) => {
  await page.goto('/ko/import');
  const box = page.getByRole('textbox', { name: '한국어 글' });
  await box.fill('가'.repeat(50_001));
  await expect(page.getByText('50,000자 중 50,001자')).toBeVisible();
  await expect(page.getByText('제한(50,000자)보다 1자 깁니다.')).toBeVisible();
  await expect(page.getByRole('button', { name: '읽기' })).toBeDisabled();
  await box.fill('가'.repeat(50_000));
  await page.route('**/api/analyse', (route) =>
    route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ error: 'too-large', message: 'x' }) }),
  );
  await page.getByRole('button', { name: '읽기' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText('글이 너무 깁니다. 칸마다 최대 50,000자까지 넣을 수 있습니다.');
});

test('text with no Hangul gets a warning, and can still be read', async ({ page }) => {
  await page.goto('/en/import');
  await paste(page, 'Only English here.');
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('This text has no Korean (Hangul) in it.');
  await page.getByRole('button', { name: 'Analyse anyway' }).click();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/);
  await expect(page.locator('#p01-1').getByText('Only English here.', { exact: true })).toBeVisible();
});

test('markup and script stay literal text, and no dialog ever opens', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const payloads = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '[x](javascript:alert(1))'];
  await page.goto('/en/import');
  await paste(page, `가나다 ${payloads.join(' ')}`, payloads.join(' '), payloads[0]);
  await expect(page).toHaveURL(/\/en\/import\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=alert(1)>');
  for (const payload of payloads) await expect(page.getByText(payload).first()).toBeVisible();
  expect(await page.locator('article img, article script').count()).toBe(0);
  await page.goto('/en/import');
  await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('deleting a text can be undone', async ({ page }) => {
  await page.goto('/en/import');
  await paste(page, '지울 글입니다.', '', 'To delete');
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/);
  await page.goto('/en/import');
  await page.getByRole('button', { name: 'Delete: To delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “To delete”.');
  await expect(page.getByRole('link', { name: 'To delete' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'To delete' })).toBeVisible();
  await page.getByRole('button', { name: 'Rename: To delete' }).click();
  await page.getByRole('textbox', { name: 'New title for “To delete”' }).fill('Kept');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Kept' })).toBeVisible();
});

test('a full analysis queue (503 busy) is said in the UI language, and the text stays to send again', async ({ page }) => {
  for (const [locale, label, button, message] of [
    ['en', 'Korean text', 'Read it', 'The server is busy with other texts. Try again in a moment.'],
    ['ko', '한국어 글', '읽기', '서버가 다른 글을 분석하느라 바쁩니다. 잠시 후 다시 시도하세요.'],
  ] as const) {
    await page.route('**/api/analyse', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        headers: { 'Retry-After': '1' },
        body: JSON.stringify({ error: 'busy', message: 'The server is busy; try again in a moment.' }),
      }),
    );
    await page.goto(`/${locale}/import`);
    await page.getByRole('textbox', { name: label }).fill('인피니밴드로 연결되어 있습니다.');
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(message);
    await expect(page).toHaveURL(new RegExp(`/${locale}/import$`));
    await expect(page.getByRole('textbox', { name: label })).toHaveValue('인피니밴드로 연결되어 있습니다.');
    await page.unroute('**/api/analyse');
  }
});

test('an answer that is not a packed analysis is refused with a message, and nothing is saved', async ({ page }) => {
  await page.route('**/api/analyse', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ format: 99, title: '', paragraphs: [] }) }),
  );
  await page.goto('/en/import');
  await paste(page, '인피니밴드로 연결되어 있습니다.');
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText('The text could not be analysed. Try again.');
  await expect(page).toHaveURL(/\/en\/import$/);
  await page.reload();
  await expect(page.getByText('No saved texts yet. Paste one above.')).toBeVisible();
});
