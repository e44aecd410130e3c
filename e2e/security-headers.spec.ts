import { expect, test } from '@playwright/test';
import { READER } from './helpers';

const PAGES = ['/en', `/ko${READER}`, '/en/glossary', '/en/glossary/infiniband', '/en/practice', '/en/import', '/en/read/missing'];

test('every page carries the security headers', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
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
