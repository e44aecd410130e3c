import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadArticles } from '../lib/content';
import { idsOf, pageOfSegment, pagesOf } from '../lib/paging';
import { findOccurrences, getCorpus } from '../lib/reader';

// A long article generated from the seed (scripts/long-article.mjs), built and served when
// HANYEONG_EXTRA_CONTENT names its folder: scripts/test.mjs sets it for the build, the server and here.
const long = loadArticles().find((a) => a.slug === 'long-article-1');
if (!long)
  throw new Error(
    'long-article-1 is missing: run `node scripts/long-article.mjs .long-content` and set HANYEONG_EXTRA_CONTENT=.long-content',
  );
const READER = `/read/${long.slug}`;
const pages = pagesOf(long);
const total = pages.length;
const onPage = (n: number) => idsOf(pages[n - 1]!);
const sentencesOn = (n: number) => pages[n - 1]!.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
const nav = (page: Page, name = 'Pages') => page.getByRole('navigation', { name, exact: true });

test('a long article opens on page 1 of several, and the next-page link leads on from the keyboard', async ({ page }) => {
  expect(total).toBeGreaterThanOrEqual(4);
  await page.goto(`/en${READER}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(long.title.ko);
  await expect(page.getByText(`Page 1 of ${total}`)).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator(`[id="${onPage(1)[0]}"]`)).toBeVisible();
  await expect(page.locator(`[data-sid="${onPage(2)[0]}"]`)).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/en${READER}\\?page=2$`));
  await expect(page.getByText(`Page 2 of ${total}`)).toBeVisible();
  await expect(page.locator(`[data-sid="${onPage(2)[0]}"]`).first()).toBeVisible();
});

test('?page=3 shows page 3, and its popover loads page 3’s words', async ({ page }) => {
  test.slow(); // the popover data comes when the browser is idle, or at the first word opened
  const word = '쏟아부으며';
  const sentence = sentencesOn(3).find((s) => s.ko.includes(word));
  expect(sentence, `a sentence of page 3 has ${word}`).toBeTruthy();
  const data = page.waitForResponse((r) => r.url().endsWith(`/en${READER}/pages/3/words.json`));
  const response = await page.goto(`/en${READER}?page=3`);
  // The build's page 3, under its script hashes (not rendered per request).
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  await expect(page.getByText(`Page 3 of ${total}`)).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Page 3', exact: true })).toHaveAttribute('aria-current', 'page');
  for (const s of [sentencesOn(3)[0]!, sentencesOn(3).at(-1)!]) await expect(page.locator(`[id="${s.id}"]`)).toBeAttached();
  await expect(page.locator(`[data-sid="${onPage(1)[0]}"]`)).toHaveCount(0);
  expect((await data).status()).toBe(200);
  await page.locator(`[id="${sentence!.id}"]`).getByText(word, { exact: true }).click();
  await expect(page.getByRole('dialog', { name: new RegExp(word) })).toContainText('Dictionary form: 쏟아붓다');
});

test('switching the UI language on page 3 stays on page 3', async ({ page }) => {
  await page.goto(`/en${READER}?page=3`);
  await expect(page.getByText(`Page 3 of ${total}`)).toBeVisible();
  await page.getByRole('list', { name: 'Interface language' }).getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko${READER}\\?page=3$`));
  await expect(page.getByText(`${total}쪽 중 3쪽`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('?page=3 is server-rendered, and the page links are real links', async ({ page }) => {
    await page.goto(`/ko${READER}?page=3`);
    await expect(page.getByText(`${total}쪽 중 3쪽`)).toBeVisible();
    const sentence = sentencesOn(3)[0]!;
    await expect(page.locator(`[lang="ko"] > [data-sid="${sentence.id}"]`)).toContainText(sentence.ko);
    await expect(page.locator(`[lang="en"] > [data-sid="${sentence.id}"]`)).toContainText(sentence.en.slice(0, 20));
    await nav(page, '페이지').getByRole('link', { name: '다음 페이지' }).click();
    await page.waitForURL(new RegExp(`/ko${READER}\\?page=4$`));
    await expect(nav(page, '페이지').getByRole('link', { name: '4쪽', exact: true })).toHaveAttribute('aria-current', 'page');
    await nav(page, '페이지').getByRole('link', { name: '1쪽', exact: true }).click();
    await page.waitForURL(new RegExp(`/ko${READER}$`));
  });

  test('a view link on page 3 keeps page 3 (the reading views are links without JavaScript)', async ({ page }) => {
    await page.goto(`/en${READER}?page=3`);
    await page.getByRole('navigation', { name: 'Reading view' }).first().getByRole('link', { name: 'Korean only' }).click();
    await page.waitForURL(new RegExp(`/en${READER}\\?page=3&view=ko$`));
    await expect(page.getByText(`Page 3 of ${total}`)).toBeVisible();
    await expect(page.locator(`[lang="ko"] [data-sid="${sentencesOn(3)[0]!.id}"]`)).toBeVisible();
  });
});

test('a glossary occurrence on page 3 of the long article opens page 3 at the sentence', async ({ page }) => {
  const occurrence = findOccurrences(getCorpus(), 'infiniband').find((o) => o.slug === long.slug && pageOfSegment(long, o.segmentId) === 3);
  expect(occurrence, 'InfiniBand occurs on page 3').toBeTruthy();
  await page.goto('/en/glossary/infiniband');
  await page.getByRole('link', { name: `Read in context (${occurrence!.segmentId})` }).click();
  await expect(page).toHaveURL(new RegExp(`/en${READER}\\?page=3#${occurrence!.segmentId}$`));
  await expect(page.getByText(`Page 3 of ${total}`)).toBeVisible();
  await expect(page.locator(`[id="${occurrence!.segmentId}"]`)).toBeInViewport();
});

test('a page the article does not have is a 404, not an error', async ({ page }) => {
  for (const query of [`?page=${total + 1}`, '?page=0', '?page=abc', '?page=02']) {
    const response = await page.goto(`/en${READER}${query}`);
    expect(response?.status(), query).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});

test('a long article has its data by page only: the whole-article words.json is not built', async ({ request }) => {
  expect((await request.get(`/en${READER}/pages/2/words.json`)).status()).toBe(200);
  expect((await request.get(`/en${READER}/words.json`)).status()).toBe(404);
  expect((await request.get('/en/read/microsoft-ai-datacenters/words.json')).status()).toBe(200);
});

// Next takes a proxy rewrite whose origin differs from the server's own (a loopback host is renamed
// "localhost") for another site and fetches it over HTTP: twice the work, and a 500 when that hop
// drops (vercel/next.js#94745). The server here listens on 127.0.0.1, as behind a reverse proxy.
test('page 3 and a page with settings in the URL are served in-process, not fetched by the server from itself', async ({ request }) => {
  // Page 3 is the build's own file, answered by proxy.ts with no rewrite at all.
  const page3 = await request.get(`/en${READER}?page=3`);
  expect(page3.status()).toBe(200);
  expect(page3.headers()['x-middleware-rewrite']).toBeUndefined();
  expect(Buffer.compare(await page3.body(), readFileSync(`.next/server/app/en${READER}/pages/3.html`))).toBe(0);
  // Its locale links name the page's public URL, never the internal /pages/3.
  expect(page3.headers()['link']).toContain(`</ko${READER}>; rel="alternate"; hreflang="ko"`);
  expect(page3.headers()['link']).not.toMatch(/\/pages\//);
  // Settings in the URL: rendered per request at an internal path.
  const path = '/en/read/microsoft-ai-datacenters?view=en';
  const personal = await request.get(path);
  expect(personal.status()).toBe(200);
  // Next names the rewrite it followed: a path when it rendered it here, a URL when it fetched it.
  expect(personal.headers()['x-middleware-rewrite']).toMatch(/^\/en\/read\//);
  // The fetched page's own locale links named its internal path (/personal) to crawlers.
  expect(personal.headers()['link'] ?? '').not.toMatch(/\/pages\/|\/personal/);
});

test('a long imported text is read in pages too', async ({ page }) => {
  test.slow(); // the analysis of about 1,600 Korean words on a busy machine
  // The seed four times over (about 1,600 Korean words in its paragraphs), pasted as paragraphs.
  const paragraphs = long.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.sentences.map((s) => s.ko).join(' ')] : []));
  const ko = paragraphs.slice(0, (paragraphs.length / 10) * 4).join('\n\n');
  await page.goto('/en/import');
  await page.getByRole('textbox', { name: 'Korean text' }).fill(ko);
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(page).toHaveURL(/\/en\/import\/[0-9a-f-]{36}$/);
  const address = page.url();
  await expect(page.getByText(/^Page 1 of 2$/)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL(`${address}?page=2`);
  await expect(page.getByText(/^Page 2 of 2$/)).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByText('쏟아부으며', { exact: true }).first().click();
  await expect(page.getByRole('dialog', { name: /쏟아부으며/ })).toContainText('Dictionary form: 쏟아붓다');
  await page.goto(`${address}?page=99`);
  await expect(page.getByRole('alert').filter({ hasText: 'This text has no such page' })).toHaveText(
    'This text has no such page: it has 2 pages.',
  );
  await page.getByRole('link', { name: 'Go to page 1' }).click();
  await expect(page.getByText(/^Page 1 of 2$/)).toBeVisible();
});
