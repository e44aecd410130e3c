import { expect, test } from '@playwright/test';
import { article, READER } from './helpers';

// The reader's first paint waits until its first screen has been parsed (<link rel="expect" blocking="render">
// in the head, targeting a marker after the first 8 blocks): painted mid-parse, the last words of a
// half-arrived sentence moved as the rest of it came in, a layout shift on a slow connection.
test('on a slow connection the reader paints once its first screen has arrived, and nothing shifts', async ({ page }) => {
  test.slow(); // the page arrives at 40 KB/s
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: 40 * 1024,
    uploadThroughput: 40 * 1024,
  });
  await page.addInitScript(() => {
    const seen = { end: 0, paint: 0, shift: 0, sentencesAtPaint: -1 };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver((_, observer) => {
      if (!document.getElementById('reader-first-screen')) return;
      seen.end = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.paint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/en${READER}`, { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title.ko);
  const link = await page.evaluate(() => {
    const expectLink = document.head.querySelector<HTMLLinkElement>('link[rel="expect"]');
    return { href: expectLink?.getAttribute('href'), blocking: expectLink?.getAttribute('blocking') };
  });
  expect(link).toEqual({ href: '#reader-first-screen', blocking: 'render' });
  // The marker comes after the title and the first 8 blocks (paragraphs, headings, figures), inside the article.
  const blocksBefore = await page.evaluate(() => {
    const end = document.getElementById('reader-first-screen');
    const blocks = [...document.querySelectorAll('article > .row:not(.labels), article > figure')];
    return end?.closest('article') ? blocks.filter((b) => b.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING).length : -1;
  });
  expect(blocksBefore).toBe(9);
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => (window as unknown as { __seen: { end: number; paint: number; shift: number } }).__seen);
  expect(seen.end).toBeGreaterThan(0);
  expect(seen.paint).toBeGreaterThanOrEqual(seen.end);
  expect(seen.shift).toBe(0);
});
