import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedis } from '../../../scripts/ensure-redis.mjs';
import { closeRedisConnections } from '@/lib/net/redis-rate-store';

// The route with REDIS_URL set: the quota in Redis (a real redis-server on a free port), and the
// route still answering when Redis cannot be reached. e2e/shared-rate-limit.spec.ts does the same
// with two `next start` instances.

type Route = typeof import('./route');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let redis: Awaited<ReturnType<typeof startRedis>>;
let run = 0;

beforeAll(async () => {
  redis = await startRedis(await freePort());
}, 120_000);

afterEach(() => vi.unstubAllEnvs());

afterAll(async () => {
  await closeRedisConnections();
  await redis?.stop();
});

/** A fresh copy of the route module, as a new instance would load it, with these settings. */
async function instance(env: Record<string, string>): Promise<Route> {
  vi.resetModules();
  vi.stubEnv('HANYEONG_TRUST_PROXY', '1');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('./route');
}

/** A body refused (400) after the limit is checked: it counts, and costs no analysis. */
const post = (client: string, body = '{}') =>
  new Request('http://localhost/api/analyse', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  });

describe('POST /api/analyse with REDIS_URL', () => {
  it('two instances share one quota per client', async () => {
    const client = `198.51.100.${++run}`;
    const env = { REDIS_URL: redis.url, HANYEONG_ANALYSE_RATE_LIMIT: '4' };
    const [first, second] = [await instance(env), await instance(env)];
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await (i % 2 ? second : first).POST(post(client))).status);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    expect((await second.POST(post(`198.51.100.${++run}`))).status).toBe(400);
  });

  it('Redis unreachable: the route answers, limits in memory, and logs one line without the text', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spies = (['log', 'info', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    try {
      const route = await instance({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, HANYEONG_ANALYSE_RATE_LIMIT: '3' });
      const client = `198.51.100.${++run}`;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await route.POST(post(client, '{"ko": "비밀 문장", "x": 1}'))).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      expect((await route.POST(post(`198.51.100.${++run}`))).status).toBe(400);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/^rate limit: Redis at 127\.0\.0\.1:\d+ failed .*memory/);
      for (const spy of [warn, ...spies]) expect(JSON.stringify(spy.mock.calls)).not.toMatch(/비밀|198\.51\.100/);
    } finally {
      warn.mockRestore();
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});
