import { describe, expect, it, vi } from 'vitest';

// The pool is full: the route must answer 503 at once, with a Retry-After, never queue or 500.
vi.mock('@/lib/reader', async (original) => {
  const actual = await original<typeof import('@/lib/reader')>();
  return { ...actual, analyseImportJson: () => Promise.reject(new actual.AnalysisBusy('every analysis worker is busy')) };
});

describe('POST /api/analyse when every analysis worker is busy', () => {
  it('answers 503 "busy" with Retry-After', async () => {
    const { POST } = await import('./route');
    const response = await POST(
      new Request('http://localhost/api/analyse', {
        method: 'POST',
        body: JSON.stringify({ ko: '안녕하세요.' }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: 'busy' });
  });
});
