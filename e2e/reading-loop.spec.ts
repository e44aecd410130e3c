import { expect, test, type Page } from '@playwright/test';
import { article, READER } from './helpers';

// The learner's reading loop: status keys, j/k, the shortcuts dialog, "mark the rest as known".

const korean = (page: Page) => page.locator('[data-reader] [lang="ko"]');
const word = (page: Page, text: string) => korean(page).getByText(text, { exact: true }).first();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
/** The status of the focused word, or of the focused term's first word. */
const focusedStatus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return (el?.matches('.w') ? el : el?.querySelector('.w'))?.getAttribute('data-status') ?? null;
  });

/** Opens the reader with status colours on, once each word shows its status and the keys are ready. */
async function openReader(page: Page, locale: 'en' | 'ko' = 'en', path = READER) {
  await page.goto(`/${locale}${path}${path.includes('?') ? '&' : '?'}view=side&st=1`);
  await expect(word(page, '자금을')).toHaveAttribute('data-status', 'new');
  // The keys' code has come (when the browser was idle): its button is there.
  await expect(page.getByRole('button', { name: locale === 'en' ? 'Keyboard shortcuts' : '단축키' })).toBeVisible();
}

/** The library card's "N of M words known" of the seed article, as numbers. */
async function libraryCount(page: Page) {
  await page.goto('/en');
  const count = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: article.title.en }) })
    .getByText(/^\d+ of \d+ words known$/);
  await expect(count).toBeVisible();
  const [, known, total] = /^(\d+) of (\d+)/.exec((await count.textContent()) ?? '')!.map(Number);
  return { known: known!, total: total! };
}

test('keys 1, 2, 3, 0 and i set the status of the word under the pointer or in focus, at once and kept', async ({ page }) => {
  await openReader(page);
  const pour = word(page, '쏟아부으며');
  await pour.hover();
  await page.keyboard.press('2');
  await expect(pour).toHaveAttribute('data-status', 'learning');
  await expect(page.getByText('쏟아부으며: Learning')).toBeVisible();
  await page.keyboard.press('3');
  await expect(pour).toHaveAttribute('data-status', 'known');
  // The popover, open on it by now, shows the same status.
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ }).getByRole('radio', { name: 'Known' })).toBeChecked();

  // A glossary term: each of its words takes the term's status; 0 and i both ignore.
  const nadella = korean(page).getByRole('link', { name: '사티아 나델라는' });
  await nadella.hover();
  await page.keyboard.press('0');
  await expect(nadella.locator('.w').first()).toHaveAttribute('data-status', 'ignored');
  await expect(nadella.locator('.w').last()).toHaveAttribute('data-status', 'ignored');
  await page.keyboard.press('1');
  await expect(nadella.locator('.w').first()).toHaveAttribute('data-status', 'new');
  await page.keyboard.press('i');
  await expect(nadella.locator('.w').first()).toHaveAttribute('data-status', 'ignored');

  // From the keyboard alone: into a sentence, the arrows to a word, then the key.
  await page.mouse.move(0, 0);
  await korean(page).locator('[data-sid="p01-1"]').focus();
  await page.keyboard.press('ArrowRight');
  const first = korean(page).locator('[data-sid="p01-1"]').locator('a.term, .w').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('2');
  await expect(first.locator('.w').first()).toHaveAttribute('data-status', 'learning');

  await page.reload();
  await expect(word(page, '쏟아부으며')).toHaveAttribute('data-status', 'known');
  await expect(nadella.locator('.w').first()).toHaveAttribute('data-status', 'ignored');
  await expect(first.locator('.w').first()).toHaveAttribute('data-status', 'learning');
});

test('j and k move the focus to the next and previous new word, past words that are not new', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('j');
  const firstNew = await focusedText(page);
  expect(firstNew).not.toBe('');
  await page.keyboard.press('3');
  await page.keyboard.press('j');
  const secondNew = await focusedText(page);
  expect(secondNew).not.toBe(firstNew);
  expect(await focusedStatus(page)).toBe('new');
  // Back: the first one is known now, so there is no new word before the second in the text.
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  expect(await focusedText(page)).toBe(secondNew);
  await page.keyboard.press('k');
  await expect(page.getByText('No new word before this one.')).toBeVisible();
  expect(await focusedText(page)).toBe(secondNew);
  // With a Korean keyboard layout on, the j key gives ㅓ: it still moves on.
  await page.evaluate(() =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ㅓ', code: 'KeyJ', bubbles: true })),
  );
  expect(await focusedText(page)).not.toBe(secondNew);
  expect(await focusedStatus(page)).toBe('new');
});

test('? opens the shortcuts, which list every key; Escape closes it and focus goes back', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('j');
  const from = await focusedText(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const action of [
    'Mark the word new',
    'Mark the word as learning',
    'Mark the word known',
    'Go to the next new word',
    'Show this list',
  ])
    await expect(dialog.getByRole('row', { name: new RegExp(action) })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Ignore the word/ })).toContainText('0 or i');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // Keys inside the dialog are not commands.
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedText(page)).toBe(from);
  expect(await focusedStatus(page)).toBe('new');

  // The visible button opens it too; Close returns focus to the button.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the keys do nothing while typing in a field, or with Alt or Ctrl held', async ({ page }) => {
  await openReader(page);
  const pour = word(page, '쏟아부으며');
  await pour.click();
  const field = page.getByRole('dialog', { name: /쏟아부으며/ }).getByRole('textbox', { name: 'Your meaning' });
  await field.pressSequentially('3 j k i 0 ?');
  await expect(field).toHaveValue('3 j k i 0 ?');
  await expect(field).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await expect(pour).toHaveAttribute('data-status', 'new');
  await page.keyboard.press('Escape');
  await pour.hover();
  await page.keyboard.press('Alt+3');
  await page.keyboard.press('Control+2');
  await expect(pour).toHaveAttribute('data-status', 'new');
  await page.keyboard.press('3');
  await expect(pour).toHaveAttribute('data-status', 'known');
});

test('mark the rest as known: the live count, the marking, an exact undo; library, reader and practice agree', async ({ page }) => {
  const before = await libraryCount(page);
  expect(before.known).toBe(0);
  await openReader(page);
  const panel = page.getByRole('region', { name: 'Finished the text?' });
  const mark = panel.getByRole('button', { name: /^Mark the \d+ remaining new words as known$/ });
  await expect(mark).toHaveText(`Mark the ${before.total} remaining new words as known`);

  // One word learning, one term ignored, one word set new by hand: the count drops by three, live.
  await word(page, '쏟아부으며').hover();
  await page.keyboard.press('2');
  await korean(page).getByRole('link', { name: '사티아 나델라는' }).hover();
  await page.keyboard.press('i');
  await word(page, '자금을').hover();
  await page.keyboard.press('1');
  const n = before.total - 3;
  await expect(mark).toHaveText(`Mark the ${n} remaining new words as known`);

  await mark.click();
  await expect(panel.getByRole('status')).toHaveText(`${n} words marked as known.`);
  await expect(panel.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(mark).toHaveCount(0);
  await expect(word(page, '데이터센터를')).toHaveAttribute('data-status', 'known');
  await expect(word(page, '자금을')).toHaveAttribute('data-status', 'new');
  await expect(word(page, '쏟아부으며')).toHaveAttribute('data-status', 'learning');

  // Undo: each word back as it was, the button and its count again.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Undone: ${n} words are back as they were.`);
  await expect(mark).toBeFocused();
  await expect(mark).toHaveText(`Mark the ${n} remaining new words as known`);
  await expect(word(page, '데이터센터를')).toHaveAttribute('data-status', 'new');
  await expect(word(page, '쏟아부으며')).toHaveAttribute('data-status', 'learning');
  await expect(korean(page).getByRole('link', { name: '사티아 나델라는' }).locator('.w').first()).toHaveAttribute('data-status', 'ignored');

  await mark.click();
  await expect(panel.getByRole('status')).toHaveText(`${n} words marked as known.`);
  // The library: the same n known, of one word fewer (the ignored name is not counted).
  expect(await libraryCount(page)).toEqual({ known: n, total: before.total - 1 });
  // Practice: the same figures, and the ignored word said apart.
  await page.goto('/en/practice');
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(
    page.getByText(`In the library: ${n} of ${before.total - 1} words known (1 new, 1 learning) 1 ignored word is not counted.`),
  ).toBeVisible();
});

test('in Korean: the keys, the shortcuts and the marking speak Korean', async ({ page }) => {
  await openReader(page, 'ko');
  await word(page, '쏟아부으며').hover();
  await page.keyboard.press('3');
  await expect(page.getByText('쏟아부으며: 아는 단어')).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '키보드 단축키' });
  await expect(dialog.getByRole('row', { name: /다음 새 단어로 이동/ })).toContainText('j');
  await dialog.getByRole('button', { name: '닫기' }).click();
  const panel = page.getByRole('region', { name: '글을 다 읽으셨나요?' });
  const mark = panel.getByRole('button', { name: /^남은 새 단어 \d+개를 모두 아는 단어로 표시$/ });
  const n = Number(/(\d+)개/.exec((await mark.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(100);
  await mark.click();
  await expect(panel.getByRole('status')).toHaveText(`단어 ${n}개를 아는 단어로 표시했습니다.`);
  await panel.getByRole('button', { name: '되돌리기' }).click();
  await expect(panel.getByRole('status')).toHaveText(`단어 ${n}개를 원래 상태로 되돌렸습니다.`);
  await expect(word(page, '쏟아부으며')).toHaveAttribute('data-status', 'known');
});
