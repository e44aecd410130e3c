import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

// Probes of the server as an attacker would send them, below the browser: Node's http and net
// send paths, headers and bodies exactly as written. Linux routes all of 127.0.0.0/8 to the
// loopback, so a probe can come from its own address (localAddress) and be its own client for the
// rate limit, without spending the quota of 127.0.0.1, which the other specs share.

/** The server under test (playwright.config.ts baseURL). */
const server = () => new URL(String(test.info().project.use.baseURL));

/** A loopback address of this run's own: 127.<pid-derived>.<random>.<1–254>. */
const ownAddress = () => `127.${(process.pid % 200) + 20}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}`;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request with Node's http: the path goes out exactly as given. */
function send(
  method: string,
  pathname: string,
  { headers = {}, body, localAddress }: { headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<Answer> {
  const base = server();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: base.hostname, port: base.port, method, path: pathname, headers, localAddress, agent: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Raw bytes on a socket: everything the server answers before it closes. */
function raw(bytes: string): Promise<string> {
  const base = server();
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(base.port), base.hostname, () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const PAGE_POLICY = /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/;
const DATA_POLICY = "default-src 'none'";

/** nosniff, and the page policy on HTML, the data policy on anything else. */
function expectHeaders(answer: Answer, label: string) {
  expect(answer.headers['x-content-type-options'], label).toBe('nosniff');
  const csp = answer.headers['content-security-policy'];
  expect(typeof csp, `${label}: one policy`).toBe('string');
  if (/^text\/html/.test(answer.headers['content-type'] ?? '')) expect(csp, label).toMatch(PAGE_POLICY);
  else expect(csp, label).toContain(DATA_POLICY);
}

test('rotating X-Forwarded-For does not escape the rate limit; another client is not limited', async () => {
  test.setTimeout(120_000);
  const attacker = ownAddress();
  const post = (from: string, forwardedFor: string) =>
    send('POST', '/api/analyse', {
      localAddress: from,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: '{}', // refused (400) after the limit is checked: counts, and costs no analysis
    });
  const statuses: number[] = [];
  for (let i = 0; i < 100 && !statuses.includes(429); i++) statuses.push((await post(attacker, `198.18.${i >> 8}.${i & 255}`)).status);
  expect(statuses.at(-1)).toBe(429);
  expect(new Set(statuses.slice(0, -1))).toEqual(new Set([400]));
  // The victim whose address the attacker claimed is not limited by it.
  expect((await post(ownAddress(), '198.18.0.0')).status).toBe(400);
});

test('malformed and odd paths are 4xx (or a redirect), each with nosniff and its policy', async () => {
  const cases: [string, number[]][] = [
    ['/%ff', [400, 404]],
    ['/ko/read/%ff', [400, 404]],
    ['/ko/glossary/%C0%AF', [400, 404]],
    ['/ko/read/%ED%A0%80/words.json', [400, 404]],
    ['/ko/read/a%00b', [400, 404]],
    [`/ko/read/${'a'.repeat(5_000)}`, [400, 404, 414]],
    ['/ko/read/a.b', [404]],
    ['/.env', [404]],
    ['/api/nope', [404]],
    ['/ko/', [308]],
    ['//ko', [308]],
  ];
  for (const [pathname, statuses] of cases) {
    const label = pathname.slice(0, 40);
    const answer = await send('GET', pathname);
    expect(statuses, `${label} → ${answer.status}`).toContain(answer.status);
    expectHeaders(answer, label);
  }
});

test("Node's own 431, for headers over 16 KB, carries nosniff and the data policy", async () => {
  const answer = await raw(`GET /ko HTTP/1.1\r\nHost: ${server().host}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(answer).toMatch(/^HTTP\/1\.1 431 /);
  expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
  expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'none'/i);
});

/** Every file under the server build's output and cache folders (route-cache among them). */
function buildFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(full);
    }
  };
  for (const root of ['.next/server', '.next/cache']) if (existsSync(root)) walk(root);
  return found;
}

test('unknown words.json paths are JSON 404s that write nothing under .next', async () => {
  // Known routes are cached on first use (.next/server/route-cache), also by other specs running
  // beside this one: what must not appear is a file named after any of these probes.
  const marker = `probe${Date.now().toString(36)}`;
  const paths = [
    `/ko/read/${marker}/words.json`,
    `/${marker}/read/${marker}/words.json`,
    `/${marker}/read/microsoft-ai-datacenters/words.json`,
    `/en/read/__proto__/words.json`,
    `/en/read/constructor/words.json`,
  ];
  const probed = (file: string) => file.includes(marker) || /__proto__|constructor/.test(file);
  await send('GET', paths[0]!); // a first request may compile the route (next dev)
  const before = new Set(buildFiles());
  expect([...before].filter(probed)).toEqual([]);
  for (const pathname of paths) {
    const answer = await send('GET', pathname);
    expect(answer.status, pathname).toBe(404);
    expect(answer.headers['content-type'], pathname).toMatch(/^application\/json/);
    expectHeaders(answer, pathname);
  }
  const written = buildFiles().filter((file) => !before.has(file));
  expect(written.filter(probed)).toEqual([]);
});

test('ids named after Object.prototype properties are plain 404s on every dynamic server route', async ({ request }) => {
  test.setTimeout(120_000);
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    for (const pathname of [`/en/read/${name}`, `/ko/read/${name}`, `/en/glossary/${name}`, `/${name}`, `/en/${name}`]) {
      const response = await request.get(pathname);
      expect(response.status(), pathname).toBe(404);
      expect(await response.text(), pathname).toMatch(/Page not found|페이지를 찾을 수 없습니다/);
    }
    expect((await send('GET', `/en/read/${name}/words.json`)).status).toBe(404);
  }
});

test('a body that trickles in and stops is answered 408, as JSON, and the connection is closed', async () => {
  test.setTimeout(60_000);
  const base = server();
  let closed!: Promise<void>;
  const answer = await new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: '/api/analyse',
        localAddress: ownAddress(),
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on('socket', (socket) => (closed = new Promise((done) => socket.once('close', () => done()))));
    request.on('error', reject);
    request.write('{"ko": "ab'); // 10 of the 1,000 declared bytes, then silence
  });
  expect(answer.status).toBe(408);
  expect(JSON.parse(answer.body)).toMatchObject({ error: 'timeout' });
  expectHeaders(answer, '408');
  await closed; // the server hangs up: the connection is not held for the missing 990 bytes
});
