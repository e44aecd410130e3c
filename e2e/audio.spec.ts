import { expect, test } from '@playwright/test';
import { truncateSync, writeFileSync } from 'node:fs';
import { article, expectNoSeriousA11yViolations, READER, sentence, sentences } from './helpers';
import { attachPlayReloadResume, openPlayer, pickFile, player, position, sineWav } from './audio-helpers';

const KEY = `article:${article.slug}`;

// Each test loads the reader two or three times and plays audio in real time.
test.describe.configure({ timeout: 90_000 });

test('attach a WAV to an article, play it, change speed, reload: the player resumes at the kept place', async ({ page }) => {
  await attachPlayReloadResume(page, `/en${READER}`, KEY);
});

test('Space plays and pauses while reading, not in a control; ±5 s and bookmarks', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await openPlayer(page);
  await pickFile(page, 'Attach audio file', { name: 'tone.wav', mimeType: 'audio/wav', buffer: sineWav(12) });
  const bar = player(page);
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Focus on the text (a sentence), not in a button: Space plays, and again pauses.
  await page.locator('[data-sid]').first().focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // It played for as long as the machine took between the two keys: back to the start (−5 s stops at 0).
  await bar.getByRole('button', { name: 'Back 5 seconds' }).click();
  await expect.poll(() => position(page)).toBeLessThan(0.1);
  // On a button Space is the button's own: +5 s, and no play.
  await bar.getByRole('button', { name: 'Forward 5 seconds' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect.poll(() => position(page)).toBeCloseTo(5, 0);
  await bar.getByRole('button', { name: 'Forward 5 seconds' }).click();
  await expect.poll(() => position(page)).toBeCloseTo(10, 0);
  await bar.getByRole('button', { name: 'Back 5 seconds' }).click();
  await expect.poll(() => position(page)).toBeCloseTo(5, 0);

  const more = bar.getByRole('button', { name: /Bookmarks and file \(0\)/ });
  await more.click();
  await expect(bar.getByText('No bookmarks yet.')).toBeVisible();
  await bar.getByRole('button', { name: 'Add bookmark here' }).click();
  await expect(bar.getByRole('button', { name: 'Play from 0:05' })).toBeVisible();
  await expect(bar.getByRole('button', { name: /Bookmarks and file \(1\)/ })).toHaveAttribute('aria-expanded', 'true');
  await bar.getByRole('button', { name: 'Back 5 seconds' }).click();
  await expect.poll(() => position(page)).toBeLessThan(1);
  await bar.getByRole('button', { name: 'Play from 0:05' }).click();
  await expect.poll(() => position(page)).toBeGreaterThan(5);
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  // Bookmarks are kept with the text.
  await page.reload();
  await bar.getByRole('button', { name: /Bookmarks and file \(1\)/ }).click({ timeout: 20_000 });
  await bar.getByRole('button', { name: 'Delete bookmark at 0:05' }).click();
  await expect(bar.getByText('No bookmarks yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a file of the wrong type and one over 100 MB are refused with a message; the attached audio stays', async ({ page }, testInfo) => {
  await page.goto(`/en${READER}`);
  await openPlayer(page);
  const bar = player(page);
  await pickFile(page, 'Attach audio file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('안녕하세요') });
  await expect(bar.getByRole('alert')).toHaveText('That is not an audio file the player takes. Choose an MP3, M4A, OGG or WAV file.');
  // A picture named as audio: the first bytes tell.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await pickFile(page, 'Attach audio file', { name: 'talk.wav', mimeType: 'audio/wav', buffer: png });
  await expect(bar.getByRole('alert')).toContainText('not an audio file');
  // Over the limit: a sparse file one byte over 100 MB (no disk written), refused before it is read.
  const big = testInfo.outputPath('big.wav');
  writeFileSync(big, sineWav(0.1));
  truncateSync(big, 100 * 1024 * 1024 + 1);
  await pickFile(page, 'Attach audio file', big);
  await expect(bar.getByRole('alert')).toHaveText('That file is 100.0 MB; the limit is 100 MB. Choose a smaller file.');
  await expect(bar.getByRole('button', { name: 'Attach audio file' })).toBeVisible();

  // With audio attached, a refused replacement leaves it in place.
  await pickFile(page, 'Attach audio file', { name: 'tone.wav', mimeType: 'audio/wav', buffer: sineWav(3) });
  await expect(bar.getByRole('alert')).toBeHidden();
  await bar.getByRole('button', { name: /Bookmarks and file/ }).click();
  await pickFile(page, 'Replace audio file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(bar.getByRole('alert')).toContainText('not an audio file');
  await expect(bar).toContainText('File: tone.wav');
  await page.reload();
  await expect(bar).toContainText('0:03', { timeout: 20_000 });
  page.once('dialog', (dialog) => void dialog.accept());
  await bar.getByRole('button', { name: /Bookmarks and file/ }).click();
  await bar.getByRole('button', { name: 'Remove audio' }).click();
  await expect(bar.getByRole('button', { name: 'Attach audio file' })).toBeVisible();
});

test('in Korean: the player and its refusals speak Korean', async ({ page }) => {
  await page.goto(`/ko${READER}`);
  await page.getByRole('button', { name: '오디오', exact: true }).click();
  const bar = page.getByRole('region', { name: '오디오 플레이어' });
  await expect(bar).toContainText('100MB까지');
  const chooser = page.waitForEvent('filechooser');
  await bar.getByRole('button', { name: '오디오 파일 붙이기' }).click();
  await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(bar.getByRole('alert')).toHaveText('재생할 수 없는 파일 형식입니다. MP3, M4A, OGG, WAV 파일을 골라 주세요.');
});

test('a browser without IndexedDB is told audio cannot be kept, and nothing breaks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto(`/en${READER}`);
  await openPlayer(page);
  await expect(player(page)).toContainText('This browser keeps no data for this site');
  await expect(player(page).getByRole('button', { name: 'Attach audio file' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a saved text has its own audio, apart from the articles', async ({ page }) => {
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill('오늘 반도체 공장을 둘러봤습니다. 내일은 서울에 갑니다.');
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const id = page.url().split('/').pop()!;
  await attachPlayReloadResume(page, `/en/import/${id}`, `text:${id}`);
  // The article has no audio of its own.
  await page.goto(`/en${READER}`);
  await openPlayer(page);
  await expect(player(page).getByRole('button', { name: 'Attach audio file' })).toBeVisible();
});

test('tap along to mark sentence starts; a sentence’s play mark plays from it, and the marks are kept', async ({ page }) => {
  await page.goto(`/en${READER}`);
  await openPlayer(page);
  await pickFile(page, 'Attach audio file', { name: 'tone.wav', mimeType: 'audio/wav', buffer: sineWav(12) });
  const bar = player(page);
  await bar.getByRole('button', { name: /Bookmarks and file/ }).click();
  await bar.getByRole('button', { name: 'Mark sentence starts' }).click();
  await expect(bar.getByRole('button', { name: 'Mark sentence starts' })).toHaveAttribute('aria-pressed', 'true');
  await bar.getByRole('button', { name: 'Play', exact: true }).click();
  await bar.getByRole('button', { name: /^Sentence 1 of \d+ starts now$/ }).click();
  await expect.poll(() => position(page)).toBeGreaterThan(2);
  await bar.getByRole('button', { name: /^Sentence 2 of \d+ starts now$/ }).click();
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  const [first, second] = [sentence(page, sentences[0]!.ko), sentence(page, sentences[1]!.ko)];
  await expect(first.getByRole('button', { name: /^Play this sentence from 0:0[01]$/ })).toBeVisible();
  const mark = second.getByRole('button', { name: /^Play this sentence from 0:0\d$/ });
  await expect(mark).toBeVisible();
  await bar.getByRole('button', { name: 'Forward 5 seconds' }).click();
  await bar.getByRole('button', { name: 'Forward 5 seconds' }).click();
  await expect.poll(() => position(page)).toBeGreaterThan(8);
  await mark.click();
  await expect(bar.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => position(page)).toBeLessThan(6);
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  // Undo takes the last mark back; the marks are kept with the text.
  await bar.getByRole('button', { name: 'Undo last mark' }).click();
  await expect(mark).toHaveCount(0);
  await page.reload();
  await expect(bar).toBeVisible({ timeout: 20_000 });
  await expect(first.getByRole('button', { name: /^Play this sentence from/ })).toBeVisible();
  await expect(second.getByRole('button', { name: /^Play this sentence from/ })).toHaveCount(0);
});
