import { expect, test, type Page } from '@playwright/test';
import { article, READER } from './helpers';

// This machine has no Korean system font (as the README's target): without the shipped Pretendard,
// Hangul would be drawn as .notdef boxes. Pretendard's Hangul syllables all advance 1770/2048 em.
const HANGUL_ADVANCE_EM = 1770 / 2048;

/** The fonts that Chromium actually drew an element's text with (CDP), by family. */
async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('the reader draws its Korean text in the shipped Pretendard, loaded from this app in unicode-range subsets', async ({ page }) => {
  test.slow(); // a cold `next dev` compiles the reader on the first visit
  const fontUrls: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font' && response.ok()) fontUrls.push(response.url());
  });
  await page.goto(`/en${READER}?view=side`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
  await page.evaluate(() => document.fonts.ready);

  const faces = await page.evaluate(() =>
    [...document.fonts].map((f) => ({
      family: f.family.replace(/["']/g, ''),
      status: f.status,
      range: f.unicodeRange,
      display: f.display,
    })),
  );
  const pretendard = faces.filter((f) => f.family === 'Pretendard');
  // Split by unicode-range: many faces, each shown with swap, and only those the text needs loaded.
  expect(pretendard.length).toBeGreaterThan(50);
  expect(pretendard.every((f) => f.display === 'swap')).toBe(true);
  const loaded = pretendard.filter((f) => f.status === 'loaded');
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.length).toBeLessThan(pretendard.length / 2);
  expect(loaded.some((f) => /U\+(a|b|c|d)[0-9a-f]{3}/i.test(f.range))).toBe(true); // a Hangul syllables subset

  // Self-hosted: every font came from this app, none from elsewhere.
  expect(fontUrls.length).toBe(loaded.length);
  const origin = new URL(page.url()).origin;
  expect(fontUrls.every((url) => url.startsWith(`${origin}/`))).toBe(true);

  // The Korean text asks for it and gets it.
  const sentence = page.locator('.para [lang="ko"] .s').first();
  // The scaled boxes for Hangul not drawn yet; Latin in Arial/Liberation ('Hanyeong Latin'); then Pretendard, for the Hangul.
  expect(await sentence.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(
    /^"Pretendard Hangul Fallback", "Hanyeong Latin", Pretendard,/,
  );
  const text = (await sentence.textContent())!;
  expect(await page.evaluate((t) => document.fonts.check('16px Pretendard', t), text)).toBe(true);
  const word = page
    .locator('.para [lang="ko"] .s .w')
    .filter({ hasText: /^[가-힣]+$/ })
    .first();
  await word.evaluate((el) => el.setAttribute('data-font-probe', ''));
  const drawn = await renderedFonts(page, '[data-font-probe]');
  expect(drawn.map((f) => f.familyName)).toEqual(['Pretendard']);
  expect(drawn[0]!.isCustomFont).toBe(true);

  // And Hangul measures as Pretendard's glyphs, not as the boxes a missing font leaves.
  const widths = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    const measure = (font: string) => {
      context.font = font;
      return context.measureText('한국어 읽기').width;
    };
    return { shipped: measure('100px Pretendard'), system: measure('100px sans-serif') };
  });
  expect(widths.shipped).not.toBeCloseTo(widths.system, 0);
  const hangulOnly = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '100px Pretendard';
    return context.measureText('한국어읽기').width;
  });
  expect(hangulOnly / 5 / 100).toBeCloseTo(HANGUL_ADVANCE_EM, 3);
});

test('hanja in a popover are drawn in the shipped Noto Sans KR, fetched only when one is shown', async ({ page }) => {
  test.slow(); // a cold `next dev` compiles the reader and the import page on the first visit
  const hanjaFonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font' && /noto-sans-kr/.test(response.url())) hanjaFonts.push(response.url());
  });
  // The article has no hanja on it: its first load fetches none of them.
  await page.goto(`/en${READER}?view=side`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
  await page.evaluate(() => document.fonts.ready);
  expect(hanjaFonts).toEqual([]);

  // A text of one's own: 경제 is in the learner's dictionary, with its hanja 經濟.
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill('세계 경제가 빠르게 성장했다.');
  await page.getByRole('button', { name: 'Read it' }).click();
  await page.locator('[lang="ko"]').getByText('경제가', { exact: true }).first().click();
  const hanja = page.getByRole('dialog', { name: /경제가/ }).getByText('經濟', { exact: true });
  await expect(hanja).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Hanyeong Hanja"', '經濟'))).toBe(true);
  await hanja.evaluate((el) => el.setAttribute('data-font-probe', ''));
  const drawn = await renderedFonts(page, '[data-font-probe]');
  // (The package's static 400 instances keep their variable source's first name: Noto Sans KR Thin.)
  expect(drawn.map((f) => f.familyName)).toEqual([expect.stringMatching(/^Noto Sans KR/)]);
  expect(drawn[0]!.isCustomFont).toBe(true);
  // From this app, and only the subsets those two characters are in.
  const origin = new URL(page.url()).origin;
  expect(hanjaFonts.length).toBeGreaterThan(0);
  expect(hanjaFonts.length).toBeLessThanOrEqual(2);
  expect(hanjaFonts.every((url) => url.startsWith(`${origin}/fonts/noto-sans-kr-`))).toBe(true);
});

test('a page load logs no console errors, and /favicon.ico is an icon', async ({ page, request }) => {
  test.slow(); // three pages, each compiled on first visit under `next dev`
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  for (const path of ['/en', `/ko${READER}`, '/en/practice']) {
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]);
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

for (const locale of ['en', 'ko'] as const) {
  test(`the reader (${locale} UI) preloads exactly the Pretendard subsets its first load draws, so none swaps in late`, async ({
    page,
  }) => {
    test.slow(); // a cold `next dev` compiles the reader on the first visit
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') requested.push(new URL(request.url()).pathname);
    });
    await page.goto(`/${locale}${READER}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
    await page.evaluate(() => document.fonts.ready);
    const preloaded = await page.evaluate(() =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => ({
        path: new URL(link.href).pathname,
        type: link.type,
        crossOrigin: link.crossOrigin,
      })),
    );
    expect(preloaded.length).toBeGreaterThan(3);
    for (const link of preloaded) {
      expect(link.path).toMatch(/^\/fonts\/pretendard-[\d.]+\/Pretendard-Regular\.subset\.\d+\.woff2$/);
      expect(link).toMatchObject({ type: 'font/woff2', crossOrigin: 'anonymous' });
    }
    // Every subset the page drew was preloaded, and every preload was drawn (nothing fetched twice or for nothing).
    expect([...new Set(requested)].sort()).toEqual(preloaded.map((link) => link.path).sort());
    // Served as static files (not through the proxy), still with nosniff and the data policy.
    const font = await page.request.get(preloaded[0]!.path);
    expect(font.headers()['content-type']).toBe('font/woff2');
    expect(font.headers()['x-content-type-options']).toBe('nosniff');
    expect(font.headers()['content-security-policy']).toContain("default-src 'none'");
  });
}

test('before Pretendard arrives, the Korean text is laid out as it will be after: the swap moves no line', async ({ browser }) => {
  test.slow(); // two loads of the reader, one of them without fonts
  /** Each sentence's box (Korean and English), at a desktop and a phone width: a rewrapped line changes a box. */
  const boxes = async (withFonts: boolean) => {
    const out: string[] = [];
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      if (!withFonts) await page.route('**/*.woff2', (route) => route.abort());
      await page.goto(`/en${READER}?view=side`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
      await page.evaluate(() => document.fonts.ready);
      const pretendard = await page.evaluate(
        () => [...document.fonts].filter((f) => f.family === 'Pretendard' && f.status === 'loaded').length,
      );
      expect(pretendard > 0).toBe(withFonts);
      out.push(
        ...(await page.locator('[data-sid]').evaluateAll((sentences) =>
          sentences.map((s) => {
            const box = s.getBoundingClientRect();
            return `${s.getAttribute('data-sid')} ${Math.round(box.width)}×${Math.round(box.height)}`;
          }),
        )),
      );
      await context.close();
    }
    return out;
  };
  const before = await boxes(false);
  expect(before.length).toBeGreaterThan(50);
  expect(before).toEqual(await boxes(true));
});
