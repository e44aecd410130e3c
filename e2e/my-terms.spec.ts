import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The learner's own multi-word terms: saved from a selection in one text, recognised in another
// with other endings, refused with a message when they cannot be one, exported with their sentence.

const FIRST = { ko: '그는 서울에 자리를 잡았다. 그곳은 조용했다.', en: 'He settled in Seoul. It was quiet there.' };
const SECOND = '그들은 부산에 자리 잡고 살았다. 자리가 없다. 나는 오늘 아침 일찍 일어나서 학교에 천천히 걸어갔다.';

async function importText(page: Page, locale: 'en' | 'ko', ko: string, en = '') {
  await page.goto(`/${locale}/import`);
  await page.getByRole('textbox', { name: locale === 'en' ? 'Korean text' : '한국어 글' }).fill(ko);
  if (en) await page.getByRole('textbox', { name: 'English translation (optional)' }).fill(en);
  await page.getByRole('button', { name: locale === 'en' ? 'Read it' : '읽기' }).click();
  // The first analysis of a fresh server starts its analysis workers: allow for it.
  await expect(page).toHaveURL(new RegExp(`/${locale}/import/[0-9a-f-]{36}$`), { timeout: 60_000 });
}

const word = (page: Page, text: string) =>
  page
    .locator('[lang="ko"] .w[data-e]')
    .filter({ hasText: new RegExp(`^${text}`) })
    .first();

/** Drags the mouse from the start of one word to the end of another, as a reader selects text. */
async function drag(page: Page, from: Locator, to: Locator) {
  // A word's popover left open from before would stand over the text, and a press near a selection
  // may drag the selected text instead of starting a new one: both are cleared first.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  await page.mouse.move(a.x + 1, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 2 });
  await page.mouse.up();
}

test('a term saved in one text is recognised in a second with other endings, shown as yours, and exported with its sentence', async ({
  page,
}) => {
  test.slow(); // two texts analysed, the reader and the practice page
  await importText(page, 'en', FIRST.ko, FIRST.en);
  await drag(page, word(page, '자리를'), word(page, '잡았다'));
  await page.getByRole('button', { name: 'Save as my term' }).click();
  const form = page.getByRole('form', { name: 'Save as your term' });
  await expect(form.getByRole('textbox', { name: 'Term' })).toHaveValue('자리(를) 잡다');
  await expect(form.getByRole('textbox', { name: 'Your meaning' })).toBeFocused();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('Write what the term means: the meaning cannot be empty.');
  await form.getByRole('textbox', { name: 'Your meaning' }).fill('to establish oneself');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your terms: 자리(를) 잡다' })).toBeVisible();
  await expect(word(page, '자리를')).toHaveAttribute('aria-description', 'Your term: 자리(를) 잡다, to establish oneself');

  await importText(page, 'en', SECOND);
  const second = page.url();
  for (const w of ['자리', '잡고']) await expect(word(page, w)).toHaveAttribute('data-mt', '자리 잡다');
  await expect(word(page, '자리가')).not.toHaveAttribute('data-mt');
  await expect(word(page, '살았다')).not.toHaveAttribute('data-mt');
  // Marked visibly (a dashed border; a glossary term's underline is dotted), and named to assistive technology.
  expect(await word(page, '잡고').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('dashed');
  await word(page, '잡고').click();
  const card = page.getByRole('dialog', { name: /잡고/ });
  const mine = card.getByRole('region', { name: 'Your term' });
  await expect(mine).toContainText('자리(를) 잡다');
  await expect(mine).toContainText('to establish oneself');
  await mine.getByRole('button', { name: 'Edit' }).click();
  const edit = card.getByRole('form', { name: 'Edit your term' });
  await expect(edit.getByRole('textbox', { name: 'Your meaning' })).toBeFocused();
  await edit.getByRole('textbox', { name: 'Your meaning' }).fill('to settle down, to establish oneself');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(mine).toContainText('to settle down, to establish oneself');

  // The popover links to the list of your terms; the export: the term with its sentence and translation.
  await mine.getByRole('link', { name: 'All your terms' }).click();
  await expect(page).toHaveURL(/\/en\/practice#my-terms$/);
  const list = page.getByRole('region', { name: 'My terms' });
  await expect(list).toContainText('자리(를) 잡다 — to settle down, to establish oneself');
  await expect(list).toContainText('그는 서울에 자리를 잡았다.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'My words (Anki)' }).click();
  const anki = readFileSync(await (await download).path(), 'utf8');
  expect(anki).toContain('#notetype:Basic\n');
  expect(anki).toContain('자리(를) 잡다\tto settle down, to establish oneself<br>그는 서울에 자리를 잡았다.<br>He settled in Seoul.\t');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'My words (CSV)' }).click();
  expect(readFileSync(await (await csvDownload).path(), 'utf8')).toContain(
    '자리(를) 잡다,"to settle down, to establish oneself",yours,,term,그는 서울에 자리를 잡았다.,He settled in Seoul.',
  );
  // Flashcards: the term is a card of its own, asked without its particle.
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  await expect(page.getByRole('group', { name: /Korean → English/ })).toContainText('자리 잡다');

  // Deleted from the reader's popover, with an undo.
  await page.goto(second);
  await expect(word(page, '자리')).toHaveAttribute('data-mt', '자리 잡다');
  await word(page, '자리').click();
  const again = page.getByRole('dialog', { name: /자리/ });
  await again.getByRole('button', { name: 'Delete' }).click();
  await expect(again.getByRole('status')).toHaveText('Deleted your term 자리(를) 잡다.');
  await expect(word(page, '잡고')).not.toHaveAttribute('data-mt');
  await again.getByRole('button', { name: 'Undo' }).click();
  await expect(word(page, '잡고')).toHaveAttribute('data-mt', '자리 잡다');
});

test('a selection that cannot be a term says why: across a sentence, over six words, one word; with the keyboard too', async ({ page }) => {
  test.slow(); // a text analysed
  await importText(page, 'en', SECOND);
  await drag(page, word(page, '살았다'), word(page, '자리가'));
  await expect(page.getByRole('alert').filter({ hasText: 'A term must stay within one sentence.' })).toBeVisible();
  // Keyboard: a word reached with the arrows, then Shift+arrows extend the selection word by word.
  await page.locator('[lang="ko"] .s').nth(2).focus();
  await page.keyboard.press('ArrowRight');
  await expect(word(page, '나는')).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('alert').filter({ hasText: 'A term can have at most 6 words: select fewer.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as my term' })).toHaveCount(0);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('button', { name: 'Save as my term' })).toBeVisible();
  await expect(page.getByText('나는 오늘', { exact: true })).toBeVisible();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('alert').filter({ hasText: 'A term needs two or more words: select more.' })).toBeVisible();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('alert').filter({ hasText: 'A term must stay within one sentence.' })).toBeVisible();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Save as your term' });
  await expect(form.getByRole('textbox', { name: 'Your meaning' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  // Focus is back on the word the selection ended on, where the arrow keys go on from.
  await expect(word(page, '아침')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(word(page, '오늘')).toBeFocused();
});

test('storage full: saving says so, keeps what was typed and loses nothing stored; in Korean', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  test.slow(); // a text analysed, and read twice
  await importText(page, 'ko', SECOND);
  await drag(page, word(page, '살았다'), word(page, '자리가'));
  await expect(page.getByRole('alert').filter({ hasText: '표현은 한 문장 안에서만 선택할 수 있습니다.' })).toBeVisible();
  await drag(page, word(page, '부산에'), word(page, '잡고'));
  await page.getByRole('button', { name: '내 표현으로 저장' }).click();
  const form = page.getByRole('form', { name: '내 표현으로 저장' });
  await form.getByRole('textbox', { name: '내 뜻' }).fill('to settle in Busan');
  await page.evaluate(() => ((window as unknown as { full?: boolean }).full = true));
  await form.getByRole('button', { name: '저장' }).click();
  await expect(form.getByRole('alert')).toContainText('저장하지 못했습니다. 이 브라우저의 저장 공간이 가득 찼거나 막혀 있습니다.');
  await expect(form.getByRole('textbox', { name: '내 뜻' })).toHaveValue('to settle in Busan');
  await expect(word(page, '잡고')).not.toHaveAttribute('data-mt');
  await page.evaluate(() => ((window as unknown as { full?: boolean }).full = false));
  await form.getByRole('button', { name: '저장' }).click();
  await expect(word(page, '잡고')).toHaveAttribute('data-mt', '부산 자리 잡다');
  await page.reload();
  await expect(word(page, '잡고')).toHaveAttribute('data-mt', '부산 자리 잡다');
});
