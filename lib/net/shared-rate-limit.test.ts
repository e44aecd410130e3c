import { describe, expect, it } from 'vitest';
import { createSharedRateLimiter, type RateStore, type RateVerdict } from './shared-rate-limit';

/** A store that counts like Redis would (a sliding window shared by whoever holds it), and can be broken. */
function fakeStore() {
  const hits = new Map<string, number>();
  const store = {
    where: 'Redis at redis.internal:6379',
    broken: null as null | (Error & { code?: string }),
    calls: 0,
    async hit(client: string, limit: number): Promise<RateVerdict> {
      store.calls += 1;
      if (store.broken) throw store.broken;
      const count = hits.get(client) ?? 0;
      if (count >= limit) return { ok: false, retryAfter: 42 };
      hits.set(client, count + 1);
      return { ok: true };
    },
  } satisfies RateStore & Record<string, unknown>;
  return store;
}

const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6379 while sending 203.0.113.9'), { code: 'ECONNREFUSED' });

describe('the shared rate limiter', () => {
  it('counts in the store: two instances holding one store share one quota per client', async () => {
    const store = fakeStore();
    const first = createSharedRateLimiter({ limit: 3, store });
    const second = createSharedRateLimiter({ limit: 3, store });
    const verdicts = [await first.check('a'), await second.check('a'), await first.check('a'), await second.check('a')];
    expect(verdicts).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, retryAfter: 42 }]);
    expect(await first.check('b')).toEqual({ ok: true });
    expect(store.calls).toBe(5);
  });

  it('a limit of 0 or less (or not a number) means no limit, as in memory, and asks no store', async () => {
    const store = fakeStore();
    for (const limit of [0, -1, Number.NaN]) {
      const limiter = createSharedRateLimiter({ limit, store });
      for (let i = 0; i < 5; i++) expect(await limiter.check('a')).toEqual({ ok: true });
    }
    expect(store.calls).toBe(0);
  });

  it('when the store fails, counts in memory, logs one line for the outage, and asks the store again after retryMs', async () => {
    const store = fakeStore();
    const lines: string[] = [];
    let clock = 1_000_000;
    const limiter = createSharedRateLimiter({ limit: 2, store, retryMs: 5_000, log: (line) => lines.push(line), now: () => clock });
    store.broken = refused();

    // The memory limit holds while the store is down: 2 per window per client.
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect(limiter.degraded).toBe(true);
    expect(await limiter.check('a')).toEqual({ ok: true });
    const third = await limiter.check('a');
    expect(third.ok).toBe(false);
    expect(await limiter.check('b')).toEqual({ ok: true });
    // Only the first request of the outage waited on the store.
    expect(store.calls).toBe(1);

    // Later requests try the store again, once per retryMs; still down: no new line.
    clock += 5_000;
    expect(await limiter.check('c')).toEqual({ ok: true });
    expect(store.calls).toBe(2);
    clock += 1_000;
    await limiter.check('c');
    expect(store.calls).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rate limit: Redis at redis\.internal:6379 failed \(ECONNREFUSED\); counting in this instance's memory/);

    // Back: the store counts again, and says so once.
    store.broken = null;
    clock += 5_000;
    expect(await limiter.check('a')).toEqual({ ok: true });
    expect(limiter.degraded).toBe(false);
    expect(store.calls).toBe(3);
    await limiter.check('a');
    expect(store.calls).toBe(4);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/answers again/);

    // A second outage is a second line.
    store.broken = refused();
    await limiter.check('a');
    await limiter.check('a');
    expect(lines).toHaveLength(3);
  });

  it("the log names neither a client nor the error's message, which could quote one", async () => {
    const store = fakeStore();
    const lines: string[] = [];
    const limiter = createSharedRateLimiter({ limit: 2, store, log: (line) => lines.push(line) });
    store.broken = refused();
    await limiter.check('203.0.113.9');
    store.broken = new Error('ERR something about 203.0.113.9');
    const other = createSharedRateLimiter({ limit: 2, store, log: (line) => lines.push(line) });
    await other.check('203.0.113.9');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/203\.0\.113\.9|10\.0\.0\.5/);
    expect(lines[1]).toMatch(/failed \(error\)/);
  });
});
