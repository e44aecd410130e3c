import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startRedis } from '../scripts/ensure-redis.mjs';

// Two instances behind one (simulated) reverse proxy, sharing one quota per client through Redis.
// Self-contained: this file starts its own redis-server (Debian's, installed when missing) and two
// `next start` of the same build, with the same REDIS_URL, and stops them all, even on failure.
// The requests say which client they come from as the proxy would (X-Forwarded-For, one trusted hop).

test.describe.configure({ mode: 'serial' });

const REDIS_PORT = Number(process.env.E2E_REDIS_PORT ?? 6391);
const PORTS = [Number(process.env.E2E_SHARED_PORT_A ?? 3711), Number(process.env.E2E_SHARED_PORT_B ?? 3712)];
const LIMIT = 6;
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

type Instance = { port: number; child: ChildProcess; output: () => string };
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
let instances: Instance[] = [];

/** Ends a server and everything it started (its own process group), by its id. */
function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// Should the worker itself die before afterAll, the servers go with it.
const killAll = () => instances.forEach(({ child }) => kill(child, 'SIGKILL'));
process.once('exit', killAll);

function startInstance(port: number, redisUrl: string): Instance {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      REDIS_URL: redisUrl,
      HANYEONG_TRUST_PROXY: '1',
      HANYEONG_ANALYSE_RATE_LIMIT: String(LIMIT),
      // No request here reaches the analyser: no workers to load the dictionary for.
      HANYEONG_ANALYSE_WORKERS: '0',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  return { port, child, output: () => output };
}

/** Until the instance answers (a GET is refused 405 without counting against the limit). */
async function waitUntilUp({ port, child, output }: Instance) {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start on ${port} ended:\n${output().slice(-2_000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/analyse`)).status === 405) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A request from `client` through the proxy to one instance: '{}' is refused (400) after the limit is checked. */
async function post(port: number, client: string, body = '{}') {
  const response = await fetch(`http://127.0.0.1:${port}/api/analyse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body,
  });
  await response.arrayBuffer();
  return response;
}

/** A new client each time, as the proxy names it (the rightmost entry; the one before is the client's own claim). */
let clients = 0;
const client = () => `203.0.113.7, 198.51.${100 + (++clients >> 8)}.${clients & 255}`;

const count = (text: string, pattern: RegExp) => text.split('\n').filter((line) => pattern.test(line)).length;
const FAILED = /^rate limit: Redis at 127\.0\.0\.1:\d+ failed/;
const BACK = /^rate limit: Redis at 127\.0\.0\.1:\d+ answers again/;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redis = await startRedis(REDIS_PORT);
  instances = PORTS.map((port) => startInstance(port, redis!.url));
  await Promise.all(instances.map(waitUntilUp));
});

test.afterAll(async () => {
  await Promise.all(
    instances.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => kill(child, 'SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          kill(child);
        }),
    ),
  );
  await redis?.stop();
  process.removeListener('exit', killAll);
});

test('requests split across two instances share one quota; another client still gets through', async () => {
  const [a, b] = PORTS as [number, number];
  const attacker = client();
  // LIMIT requests in turn: each instance sees only half of them.
  const statuses = [];
  for (let i = 0; i < LIMIT; i++) statuses.push((await post(i % 2 ? b : a, attacker)).status);
  expect(statuses).toEqual(Array(LIMIT).fill(400));
  // Each instance alone has counted LIMIT / 2, but both refuse: the count is shared.
  for (const port of [a, b]) {
    const refused = await post(port, attacker);
    expect(refused.status, `instance on ${port}`).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  }
  // A client with another address is counted apart, on either instance.
  const other = client();
  expect((await post(a, other)).status).toBe(400);
  expect((await post(b, other)).status).toBe(400);
  for (const instance of instances) expect(count(instance.output(), FAILED)).toBe(0);
});

test('with Redis stopped, both instances still answer, limit in memory, one log line each; then Redis again', async () => {
  test.setTimeout(60_000);
  const [a, b] = PORTS as [number, number];
  await redis!.stop();
  const someone = client();
  const statuses = [];
  for (let i = 0; i < LIMIT + 1; i++) statuses.push((await post(a, someone, '{"ko": "비밀 문장", "x": 1}')).status);
  // The limit still holds, counted in this instance's memory.
  expect(statuses).toEqual([...Array(LIMIT).fill(400), 429]);
  // The other instance counts on its own meanwhile.
  expect((await post(b, someone)).status).toBe(400);
  for (const instance of instances) {
    await expect.poll(() => count(instance.output(), FAILED), { message: `log of ${instance.port}` }).toBe(1);
    expect(instance.output()).not.toMatch(/비밀|203\.0\.113\.|198\.51\./);
  }

  // Redis back: each instance asks it again (every 5 s), and the quota is shared again.
  redis = await startRedis(REDIS_PORT);
  await expect
    .poll(
      async () => {
        await Promise.all(PORTS.map((port) => post(port, client())));
        return instances.map((instance) => count(instance.output(), BACK));
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toEqual([1, 1]);
  const later = client();
  const shared = [];
  for (let i = 0; i < LIMIT + 1; i++) shared.push((await post(i % 2 ? b : a, later)).status);
  expect(shared).toEqual([...Array(LIMIT).fill(400), 429]);
  for (const instance of instances) expect(count(instance.output(), FAILED)).toBe(1);
});
