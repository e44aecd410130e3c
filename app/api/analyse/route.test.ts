import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PACKED_FORMAT, unpackImportedText } from '@/lib/payload';

type Route = typeof import('./route');
let route: Route;
let client = 0;

// These requests come "through one trusted proxy", so each can name its own client in X-Forwarded-For.
beforeAll(async () => {
  vi.stubEnv('HANYEONG_TRUST_PROXY', '1');
  route = await import('./route');
});

/** A request as a browser would send it, from its own client address. */
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/analyse', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.${++client}`, ...headers },
  });

describe('POST /api/analyse, against the real handler', () => {
  it('200: analyses Korean, pairs it with English and links terms', async () => {
    const response = await route.POST(
      post(
        JSON.stringify({ ko: '인피니밴드로 연결되어 있습니다. 좋아요.', en: 'It is linked by InfiniBand. Good.', title: '<b>제목</b>' }),
      ),
    );
    expect(response.status).toBe(200);
    const packed = await response.json();
    // Packed: each distinct word once, referred to by index from its sentence.
    expect(packed.format).toBe(PACKED_FORMAT);
    expect(packed.paragraphs[0].sentences[0].w).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    const text = unpackImportedText(packed);
    expect(text.title).toBe('<b>제목</b>');
    expect(text.notice).toBeNull();
    expect(text.paragraphs[0]!.sentences.map((s) => s.en)).toEqual(['It is linked by InfiniBand.', 'Good.']);
    expect(text.paragraphs[0]!.sentences[0]!.korean.terms).toEqual([{ termId: 'infiniband', firstEojeol: 0, lastEojeol: 0 }]);
    expect(text.payload.terms.ko.infiniband?.headword).toBe('인피니밴드');
  });

  it('400: malformed JSON', async () => {
    const response = await route.POST(post('{"ko": '));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'malformed-json' });
  });

  it.each([
    ['a missing Korean text', { en: 'x' }],
    ['a wrong type', { ko: 5 }],
    ['an unknown field', { ko: '가', html: 1 }],
  ])('400: %s', async (_name, body) => {
    const response = await route.POST(post(JSON.stringify(body)));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-body' });
  });

  it('400: whitespace-only Korean', async () => {
    const response = await route.POST(post(JSON.stringify({ ko: ' \n\t\u200B ' })));
    expect(await response.json()).toMatchObject({ error: 'empty' });
    expect(response.status).toBe(400);
  });

  it('415: a wrong content type', async () => {
    const response = await route.POST(post('ko=가', { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('405: %s', async (method) => {
    const response = await route[method]();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: 'method-not-allowed' });
  });

  it('413: a text over 50,000 characters', async () => {
    const response = await route.POST(post(JSON.stringify({ ko: '가'.repeat(50_001) })));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'too-large' });
  });

  it('413: a body larger than any valid request, refused before it is parsed', async () => {
    const response = await route.POST(post(`{"ko":"${'a'.repeat(500_000)}"}`));
    expect(response.status).toBe(413);
  });

  it('200: exactly 50,000 characters is allowed', async () => {
    const response = await route.POST(post(JSON.stringify({ ko: '가나다라 마바사. '.repeat(5_000).slice(0, 50_000) })));
    expect(response.status).toBe(200);
  });

  it('429: the 31st request in a minute from one client, with Retry-After', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.77' };
    for (let i = 0; i < 30; i++) expect((await route.POST(post('{}', headers))).status).toBe(400);
    const response = await route.POST(post(JSON.stringify({ ko: '가' }), headers));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: 'rate-limited' });
    expect((await route.POST(post(JSON.stringify({ ko: '가' }), { 'x-forwarded-for': '192.0.2.78' }))).status).toBe(200);
  });

  it('never logs the submitted text', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    await route.POST(post(JSON.stringify({ ko: '비밀 문장입니다.', en: 'A secret sentence.' })));
    await route.POST(post('{"ko": "비밀'));
    for (const spy of spies) expect(JSON.stringify(spy.mock.calls)).not.toMatch(/비밀|secret/);
    spies.forEach((spy) => spy.mockRestore());
  });

  it('words that name Object.prototype properties are analysed as any other words', async () => {
    const ko = '__proto__ constructor를 toString에서 봤다. constructor 할 것을 정했다. hasOwnProperty가 valueOf로.';
    const response = await route.POST(post(JSON.stringify({ ko, en: 'constructor __proto__' })));
    expect(response.status).toBe(200);
    const text = unpackImportedText(await response.json());
    expect(text.paragraphs[0]!.sentences.map((s) => s.ko).join(' ')).toBe(ko);
    expect(Object.keys(text.payload.words)).toHaveLength(text.paragraphs[0]!.sentences.reduce((n, s) => n + s.korean.eojeols.length, 0));
    expect(Object.getPrototypeOf(text.payload.words)).toBe(Object.prototype);
  });

  it('control characters and lone surrogates never crash it', async () => {
    const response = await route.POST(post(JSON.stringify({ ko: '가\u0000나\uD800다. <script>alert(1)</script>' })));
    expect(response.status).toBe(200);
    const text = unpackImportedText(await response.json());
    expect(text.paragraphs[0]!.sentences[0]!.ko).toBe('가나\uFFFD다.');
    expect(text.paragraphs[0]!.sentences[1]!.ko).toBe('<script>alert(1)</script>');
  });
});

describe('the client a request counts as', () => {
  it('429: with no trusted proxy, a new X-Forwarded-For per request does not escape the limit', async () => {
    vi.resetModules();
    vi.stubEnv('HANYEONG_TRUST_PROXY', '');
    vi.stubEnv('HANYEONG_ANALYSE_RATE_LIMIT', '5');
    const direct: Route = await import('./route');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await direct.POST(post('{}', { 'x-forwarded-for': `198.18.0.${i}` }))).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    vi.unstubAllEnvs();
  });

  it("with one trusted proxy, a client-sent entry before the proxy's own is ignored", async () => {
    vi.resetModules();
    vi.stubEnv('HANYEONG_TRUST_PROXY', '1');
    vi.stubEnv('HANYEONG_ANALYSE_RATE_LIMIT', '2');
    const proxied: Route = await import('./route');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await proxied.POST(post('{}', { 'x-forwarded-for': `198.18.1.${i}, 192.0.2.50` }))).status);
    expect(statuses).toEqual([400, 400, 429]);
    expect((await proxied.POST(post('{}', { 'x-forwarded-for': '192.0.2.50, 192.0.2.51' }))).status).toBe(400);
    vi.unstubAllEnvs();
  });
});

describe('the analysis deadline', () => {
  it('408: a body that stops arriving is answered at the deadline, as JSON', async () => {
    vi.resetModules();
    vi.stubEnv('HANYEONG_TRUST_PROXY', '1');
    vi.stubEnv('HANYEONG_ANALYSE_TIMEOUT_MS', '300');
    const slow: Route = await import('./route');
    // 10 of a declared 1,000 bytes, then silence: the stream never ends.
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"ko": "가')) });
    const request = new Request('http://localhost/api/analyse', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'content-length': '1000', 'x-forwarded-for': '192.0.2.90' },
      duplex: 'half',
    } as RequestInit);
    const response = await slow.POST(request);
    expect(response.status).toBe(408);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: 'timeout' });
    vi.unstubAllEnvs();
  });

  it('503: an analysis that runs over its time', async () => {
    vi.resetModules();
    vi.stubEnv('HANYEONG_TRUST_PROXY', '1');
    vi.stubEnv('HANYEONG_ANALYSE_TIMEOUT_MS', '-1');
    const slow: Route = await import('./route');
    const response = await slow.POST(post(JSON.stringify({ ko: '가나다. 라마바.' })));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'timeout' });
    vi.unstubAllEnvs();
  });
});
