import { expect, type Page } from '@playwright/test';

/**
 * A WAV file made here, not committed: `seconds` of a 440 Hz sine tone, 16-bit mono at 8 kHz.
 * (WAV, because Debian's chromium may lack the proprietary codecs MP3 and M4A need.)
 */
export function sineWav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const data = samples * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // size of the fmt chunk
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(data, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(12000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

export const player = (page: Page) => page.getByRole('region', { name: 'Audio player' });

/** Opens the player with the reader's Audio button. */
export async function openPlayer(page: Page) {
  await page.getByRole('button', { name: 'Audio', exact: true }).click();
  await expect(player(page)).toBeVisible();
}

/** Picks a file through the player's button, as a person does through the file chooser. */
export async function pickFile(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  const chooser = page.waitForEvent('filechooser');
  await player(page).getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** The player's position, as its slider reports it (seconds). */
export const position = (page: Page) => player(page).getByRole('slider', { name: 'Position' }).inputValue().then(Number);

/** The position kept in this browser's storage for a text (seconds), or null. */
export const keptPosition = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      new Promise<number | null>((resolve, reject) => {
        const open = indexedDB.open('hanyeong');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('audioState').objectStore('audioState').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { position?: number } | undefined)?.position ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );

/** Attaches the tone, plays it until it has advanced, sets 1.5×, pauses, reloads: the player resumes where it was. */
export async function attachPlayReloadResume(page: Page, url: string, key: string) {
  await page.goto(url);
  await openPlayer(page);
  const bar = player(page);
  await expect(bar).toContainText('up to 100 MB');
  await pickFile(page, 'Attach audio file', { name: 'tone.wav', mimeType: 'audio/wav', buffer: sineWav(12) });
  const play = bar.getByRole('button', { name: 'Play', exact: true });
  await play.click();
  // Playing: the button now pauses, and the position moves on.
  await expect(bar.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => position(page)).toBeGreaterThan(0.5);
  await bar.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  await expect.poll(() => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(1.5);
  await expect.poll(() => position(page)).toBeGreaterThan(1.5);
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(play).toBeVisible();
  const at = await position(page);
  expect(at).toBeGreaterThan(1.5);
  await expect.poll(() => keptPosition(page, key)).toBeCloseTo(at, 0);

  await page.reload();
  // Audio attached earlier opens the player by itself (when the page is idle), at the kept place and speed.
  await expect(bar).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => position(page)).toBeCloseTo(at, 0);
  await expect(bar.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
  await play.click();
  await expect.poll(() => position(page)).toBeGreaterThan(at + 0.3);
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
}
