import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../scripts/ensure-redis.mjs';
import { closeRedisConnections, redisRateStore } from './redis-rate-store';
import { createSharedRateLimiter } from './shared-rate-limit';

// Against a real redis-server (Debian's, installed by scripts/ensure-redis.mjs when missing),
// started here on a free port.

/** A port nothing listens on, for now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let redis: Awaited<ReturnType<typeof startRedis>>;
let port: number;
let run = 0;
/** Keys of their own for each test. */
const prefix = () => `test:${process.pid}:${++run}:`;

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port);
}, 120_000);

afterAll(async () => {
  await closeRedisConnections();
  await redis?.stop();
});

describe('the rate limit in Redis', () => {
  it('two limiters (as two instances) share one quota per client; another client is counted apart', async () => {
    const keys = prefix();
    const first = createSharedRateLimiter({ limit: 3, store: redisRateStore(redis.url, keys) });
    const second = createSharedRateLimiter({ limit: 3, store: redisRateStore(redis.url, keys) });
    const verdicts = [await first.check('203.0.113.9'), await second.check('203.0.113.9'), await first.check('203.0.113.9')];
    expect(verdicts).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const refused = await second.check('203.0.113.9');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfter).toBeLessThanOrEqual(60);
    }
    expect(await first.check('203.0.113.10')).toEqual({ ok: true });
    expect(first.degraded || second.degraded).toBe(false);
  });

  it('the window slides: a request is allowed again once the oldest has left it, and refusals do not count', async () => {
    const limiter = createSharedRateLimiter({ limit: 2, windowMs: 1_500, store: redisRateStore(redis.url, prefix()) });
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect(await limiter.check('a')).toEqual({ ok: true });
    for (let i = 0; i < 2; i++) {
      const refused = await limiter.check('a');
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect([1, 2]).toContain(refused.retryAfter);
    }
    await sleep(1_600);
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect((await limiter.check('a')).ok).toBe(false);
  });

  it('a key expires a window after its last accepted request', async () => {
    const keys = prefix();
    const { createClient } = await import('@redis/client');
    const probe = createClient({ url: redis.url });
    probe.on('error', () => {});
    await probe.connect();
    try {
      const limiter = createSharedRateLimiter({ limit: 2, windowMs: 30_000, store: redisRateStore(redis.url, keys) });
      await limiter.check('a');
      const ttl = await probe.pTTL(`${keys}a`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
      expect(await probe.zCard(`${keys}a`)).toBe(1);
    } finally {
      probe.destroy();
    }
  });

  it('Redis unreachable: the limit is kept in memory, with one log line', async () => {
    const lines: string[] = [];
    const url = `redis://127.0.0.1:${await freePort()}`;
    const limiter = createSharedRateLimiter({ limit: 2, store: redisRateStore(url, prefix()), log: (line) => lines.push(line) });
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push((await limiter.check('a')).ok);
    expect(verdicts).toEqual([true, true, false, false]);
    expect(limiter.degraded).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rate limit: Redis at 127\.0\.0\.1:\d+ failed \((ECONNREFUSED|UNREACHABLE)\)/);
  });

  it('Redis not up at the first request: memory until it is, then Redis', async () => {
    const laterPort = await freePort();
    const lines: string[] = [];
    const limiter = createSharedRateLimiter({
      limit: 2,
      retryMs: 100,
      store: redisRateStore(`redis://127.0.0.1:${laterPort}`, prefix()),
      log: (line) => lines.push(line),
    });
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect(limiter.degraded).toBe(true);
    const later = await startRedis(laterPort);
    try {
      for (let i = 0; i < 200 && limiter.degraded; i++) {
        await sleep(100);
        await limiter.check('b');
      }
      expect(limiter.degraded).toBe(false);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/answers again/);
    } finally {
      await later.stop();
    }
  }, 60_000);

  it('a server that accepts connections but never answers: the command times out, and the limit is kept in memory', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port: silentPort } = silent.address() as { port: number };
    const lines: string[] = [];
    const limiter = createSharedRateLimiter({
      limit: 1,
      store: redisRateStore(`redis://127.0.0.1:${silentPort}`, prefix()),
      log: (line) => lines.push(line),
    });
    try {
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect((await limiter.check('a')).ok).toBe(false);
      expect(limiter.degraded).toBe(true);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/failed \((TIMEOUT|UNREACHABLE)\)/);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('Redis stopped, then started again: memory meanwhile, Redis again once it answers', async () => {
    const ownPort = await freePort();
    let own = await startRedis(ownPort);
    const lines: string[] = [];
    const limiter = createSharedRateLimiter({
      limit: 2,
      retryMs: 100,
      store: redisRateStore(own.url, prefix()),
      log: (line) => lines.push(line),
    });
    try {
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect(limiter.degraded).toBe(false);
      await own.stop();
      // Counted in memory from here: a fresh count of 2.
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect(limiter.degraded).toBe(true);
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect((await limiter.check('a')).ok).toBe(false);
      own = await startRedis(ownPort);
      // The client reconnects by itself; the limiter asks again every retryMs.
      for (let i = 0; i < 200 && limiter.degraded; i++) {
        await sleep(100);
        await limiter.check('b');
      }
      expect(limiter.degraded).toBe(false);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/failed/);
      expect(lines[1]).toMatch(/answers again/);
      // The new server (no persistence) starts with no counts: 'a' has its whole quota there.
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect(await limiter.check('a')).toEqual({ ok: true });
      expect((await limiter.check('a')).ok).toBe(false);
    } finally {
      await own.stop();
    }
  }, 60_000);
});
