import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { STORE_KEYS } from '../lib/storage/keys';

// What this browser keeps: drafts, saved texts (IndexedDB, moved from localStorage), and data that
// could not be read, announced and downloadable whatever its size.

const NOW = '2026-11-28T09:00:00.000Z';

/** Fills a localStorage key with unreadable data as large as the quota allows, so that no copy fits beside it. */
async function fillWithUnreadable(page: Page, key: string): Promise<number> {
  return page.evaluate((key) => {
    for (const size of [5_200_000, 5_000_000, 4_800_000, 4_000_000]) {
      try {
        localStorage.setItem(key, `{"version": 2, "broken": ${'x'.repeat(size)}`);
        return size;
      } catch {
        localStorage.removeItem(key);
      }
    }
    throw new Error('not even 4 MB fit');
  }, key);
}

const expectedUnreadable = (size: number) => `{"version": 2, "broken": ${'x'.repeat(size)}`;

test.describe('drafts', () => {
  test('a pasted text is kept as a draft, back after a reload, and cleared once analysed and saved', async ({ page }) => {
    await page.goto('/en/import');
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Draft title');
    await page.getByRole('textbox', { name: 'Korean text' }).fill('초안은 남습니다.');
    await page.getByRole('textbox', { name: 'English translation (optional)' }).fill('The draft stays.');
    await expect(page.getByRole('status').filter({ hasText: 'Draft kept in this browser.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('Draft title');
    await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveValue('초안은 남습니다.');
    await expect(page.getByRole('textbox', { name: 'English translation (optional)' })).toHaveValue('The draft stays.');
    await expect(page.getByRole('status').filter({ hasText: 'Your draft was restored from this browser.' })).toBeVisible();
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draft title');
    await page.goto('/en/import');
    await expect(page.getByRole('link', { name: 'Draft title' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('');
  });

  test('"Clear draft" empties the form and forgets the draft', async ({ page }) => {
    await page.goto('/ko/import');
    await page.getByRole('textbox', { name: '한국어 글' }).fill('지울 초안입니다.');
    await expect(page.getByRole('status').filter({ hasText: '초안을 이 브라우저에 보관했습니다.' })).toBeVisible();
    await page.getByRole('button', { name: '초안 지우기' }).click();
    await expect(page.getByRole('textbox', { name: '한국어 글' })).toHaveValue('');
    await expect(page.getByRole('button', { name: '초안 지우기' })).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: '읽기' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '한국어 글' })).toHaveValue('');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEYS.draft)).toBeNull();
  });

  test('when the server cannot be reached, the page says so and the text stays, also after a reload', async ({ page }) => {
    await page.route('**/api/analyse', (route) => route.abort('internetdisconnected'));
    await page.goto('/en/import');
    await page.getByRole('textbox', { name: 'Korean text' }).fill('서버가 없어도 글은 남습니다.');
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The server could not be reached.' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveValue('서버가 없어도 글은 남습니다.');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Korean text' })).toHaveValue('서버가 없어도 글은 남습니다.');
  });
});

test.describe('object-prototype ids', () => {
  for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    test(`/en/import/${id} shows the "not saved" page`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Any store, empty or not, inherits these names: the lookup must not find them.
      await page.goto(`/en/import/${id}`);
      await expect(page.getByRole('alert').filter({ hasText: 'This text is not saved in this browser.' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to your texts' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('in Korean too', async ({ page }) => {
    await page.goto('/ko/import/__proto__');
    await expect(page.getByRole('alert').filter({ hasText: '이 브라우저에 저장된 글이 아닙니다' })).toBeVisible();
  });
});

test.describe('saved texts move from localStorage to IndexedDB', () => {
  const legacyText = (id: string, title: string) => ({
    id,
    title,
    createdAt: NOW,
    updatedAt: NOW,
    text: {
      title: '',
      notice: null,
      hasEnglish: false,
      paragraphs: [
        {
          id: 'p01',
          mode: 'korean-only',
          sentences: [
            {
              id: 'p01-1',
              ko: '옮겨진 글입니다.',
              en: null,
              korean: {
                eojeols: [
                  { start: 0, end: 3 },
                  { start: 4, end: 9 },
                ],
                terms: [],
              },
              english: null,
            },
          ],
        },
      ],
      payload: { words: {}, terms: { ko: {}, en: {} }, grammar: { ko: {}, en: {} }, patterns: { ko: {}, en: {} } },
    },
  });

  test('a text saved by an earlier version opens, and the old key goes only once it is moved', async ({ page }) => {
    await page.goto('/en');
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key as string, JSON.stringify({ version: 2, texts: { [(text as { id: string }).id]: text } })),
      [STORE_KEYS.texts, legacyText('old-1', 'Saved before')] as const,
    );
    await page.goto('/en/import');
    await expect(page.getByRole('link', { name: 'Saved before' })).toBeVisible();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORE_KEYS.texts)).toBeNull();
    await page.reload();
    await page.getByRole('link', { name: 'Saved before' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved before');
    // In the Korean column (the English column's line for the sentence opens with the same words).
    await expect(page.locator('.para > [lang="ko"]').getByText('옮겨진 글입니다.')).toBeVisible();
  });
});

test.describe('unreadable data too large to copy', () => {
  // Megabytes through storage, IndexedDB and a download: slow on a shared machine, never timed.
  test.slow();
  test('5 MB of unreadable progress: the progress banner, a download of all of it, and no blame on private mode', async ({ page }) => {
    await page.goto('/en');
    const size = await fillWithUnreadable(page, STORE_KEYS.progress);
    await page.goto('/en/practice');
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
    await expect(alert).toBeVisible();
    await expect(page.getByText('private mode')).toBeHidden();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the saved copy' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hanyeong-progress-backup-.+\.json$/);
    expect(readFileSync(await file.path(), 'utf8')).toBe(expectedUnreadable(size));
    // Moved aside whole (IndexedDB), so progress can be written again; still announced after a reload.
    await page.reload();
    const again = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
    await expect(again).toBeVisible();
    const second = page.waitForEvent('download');
    await again.getByRole('button', { name: 'Download the saved copy' }).click();
    expect(readFileSync(await (await second).path(), 'utf8')).toBe(expectedUnreadable(size));
  });

  test('5 MB of unreadable saved texts: the saved-texts banner, not progress, with a download named for texts', async ({ page }) => {
    await page.goto('/en');
    const size = await fillWithUnreadable(page, STORE_KEYS.texts);
    await page.goto('/en/import');
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved texts could not be read' });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText('progress');
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the saved texts' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hanyeong-texts-backup-.+\.json$/);
    expect(readFileSync(await file.path(), 'utf8')).toBe(expectedUnreadable(size));
    // The notice is on every page, in the UI language, until dismissed.
    await page.goto('/ko');
    await expect(page.getByRole('alert').filter({ hasText: '저장된 글을 읽을 수 없었습니다' })).toBeVisible();
  });
});
