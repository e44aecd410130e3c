// Takes the README screenshot (and a few review shots) of a running `next start`.
import { chromium } from '@playwright/test';
import { CHROMIUM } from './ensure-chromium.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3123';
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  ['docs/screenshot.png', '/en/read/microsoft-ai-datacenters?view=side', { width: 1280, height: 800 }, 'light'],
  ['/tmp/shot-mobile.png', '/ko/read/microsoft-ai-datacenters?view=interleaved', { width: 390, height: 844 }, 'light'],
  ['/tmp/shot-dark.png', '/ko/read/microsoft-ai-datacenters?view=side&hide=1', { width: 1280, height: 800 }, 'dark'],
  ['/tmp/shot-library.png', '/ko', { width: 1280, height: 600 }, 'light'],
];
for (const [file, path, viewport, colorScheme] of shots) {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(base + path);
  await page.screenshot({ path: file });
  await page.close();
}
await browser.close();
