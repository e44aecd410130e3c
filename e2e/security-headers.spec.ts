import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { READER, sentence, sentences } from './helpers';

const PAGES = ['/en', `/ko${READER}`, '/en/glossary', '/en/glossary/infiniband', '/en/practice', '/en/import', '/en/read/missing'];

test('every page carries the security headers', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    // The reader's article page is rendered once, at build: its scripts are allowed by their hashes.
    if (path === `/ko${READER}`) expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    else expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp, path).toContain(directive);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  const api = await request.get('/api/analyse');
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('the app works under its policy: popovers and practice, with no violation reported', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`/en${READER}?view=side`);
  await page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' }).hover();
  await expect(page.getByRole('dialog', { name: /인피니밴드/ })).toContainText('InfiniBand');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  await page.goto('/en/practice');
  // The first card (AI) is asked by its definition: type an answer, then grade it.
  await page.getByRole('textbox', { name: 'Type the Korean' }).fill('AI');
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: /Good/ }).click();
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(page.getByRole('term').filter({ hasText: 'Reviewed today' }).locator('xpath=following-sibling::dd[1]')).toHaveText('1');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('the static reader page: every inline script is one its policy lists, and it runs with no violation', async ({ page, request }) => {
  const response = await request.get(`/en${READER}`);
  const policy = response.headers()['content-security-policy']!;
  const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!));
  expect(scripts.length).toBeGreaterThan(1);
  for (const [, , text] of scripts) expect(policy).toContain(`'sha256-${createHash('sha256').update(text!).digest('base64')}'`);

  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`/en${READER}`);
  await page.locator('[lang="ko"]').getByRole('link', { name: '인피니밴드(InfiniBand)로' }).first().hover();
  await expect(page.getByRole('dialog', { name: /인피니밴드/ })).toContainText('InfiniBand');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('settings saved by the page come back on the static page before it is painted; settings from a link are rendered', async ({
  page,
  context,
}) => {
  await page.goto(`/en${READER}`);
  await page.getByRole('link', { name: 'Korean only' }).click();
  await expect(page.locator('[data-reader]')).toHaveAttribute('data-view', 'ko');
  // A new visit without the query: the static page (hash policy), with Korean only already on the
  // article as the HTML is parsed (the boot script), before React runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { viewAtParse: string | null }).viewAtParse =
        document.querySelector('[data-reader]')?.getAttribute('data-view') ?? null;
    });
  });
  const visit = await page.goto(`/en${READER}`);
  expect(visit!.headers()['content-security-policy']).toContain("'sha256-");
  expect(await page.evaluate(() => (window as unknown as { viewAtParse: string | null }).viewAtParse)).toBe('ko');
  await expect(page.getByRole('link', { name: 'Korean only' })).toHaveAttribute('aria-current', 'true');
  await expect(sentence(page, sentences[0]!.en)).toBeHidden();
  await expect(sentence(page, sentences[0]!.ko)).toBeVisible();
  // A link with settings is rendered per request with them (and its own nonce).
  await context.clearCookies();
  const shared = await page.goto(`/en${READER}?view=en`);
  expect(shared!.headers()['content-security-policy']).toContain("'nonce-");
  await expect(page.locator('[data-reader]')).toHaveAttribute('data-view', 'en');
});

test('the static reader page is the build’s own file, sent as it is; HEAD, gzip and a navigation’s React data still work', async ({
  request,
}) => {
  // proxy.ts answers it from .next/server/app (lib/net/reader-hashes.ts), byte for byte what `next build` wrote.
  const page = await request.get(`/en${READER}`);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(Buffer.compare(await page.body(), readFileSync(`.next/server/app/en${READER}.html`))).toBe(0);
  const etag = page.headers()['etag'];
  // As next-intl's middleware would: the page in each UI language (relative: no internal host), and the UI language remembered.
  expect(page.headers()['link']).toBe(
    `</ko${READER}>; rel="alternate"; hreflang="ko", </en${READER}>; rel="alternate"; hreflang="en", <${READER}>; rel="alternate"; hreflang="x-default"`,
  );
  expect(page.headers()['set-cookie']).toMatch(/^NEXT_LOCALE=en; Path=\/; SameSite=lax$/i);
  // Compressed for a client that asks (as browsers do).
  const zipped = await request.get(`/en${READER}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(zipped.headers()['content-encoding']).toBe('gzip');
  expect(Buffer.compare(await zipped.body(), await page.body())).toBe(0);
  // HEAD: the same headers, no body.
  const head = await request.head(`/en${READER}`);
  expect(head.status()).toBe(200);
  expect(head.headers()['etag']).toBe(etag);
  expect(head.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
  expect((await head.body()).length).toBe(0);
  // A client-side navigation asks the same URL for React's data: Next answers that, not the HTML.
  const data = await request.get(`/en${READER}`, { headers: { rsc: '1' } });
  expect(data.status()).toBe(200);
  expect(data.headers()['content-type']).toContain('text/x-component');
  expect(data.headers()['etag']).toBeUndefined();
});

test('the static reader page has an ETag from the build: the browser’s copy gets a 304 with the same policy, a page with settings none', async ({
  request,
}) => {
  const first = await request.get(`/en${READER}`);
  const etag = first.headers()['etag']!;
  expect(etag).toMatch(/^W\/"r-[A-Za-z0-9_-]{22}"$/);
  const again = await request.get(`/en${READER}`, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe('');
  expect(again.headers()['etag']).toBe(etag);
  expect(again.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expect(again.headers()['x-content-type-options']).toBe('nosniff');
  // Another ETag (an older build's) gets the page.
  const stale = await request.get(`/en${READER}`, { headers: { 'If-None-Match': 'W/"r-0000000000000000000000"' } });
  expect(stale.status()).toBe(200);
  expect(stale.headers()['etag']).toBe(etag);
  // The Korean UI's page is other HTML; a page rendered per request (settings in the URL) has no ETag.
  expect((await request.get(`/ko${READER}`)).headers()['etag']).not.toBe(etag);
  const personal = await request.get(`/en${READER}?view=ko`, { headers: { 'If-None-Match': etag } });
  expect(personal.status()).toBe(200);
  expect(personal.headers()['etag']).toBeUndefined();
});
