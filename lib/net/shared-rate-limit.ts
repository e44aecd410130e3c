import { createRateLimiter } from '../textimport/rate-limit';

/** What a rate limiter answers for one request. */
export type RateVerdict = { ok: true } | { ok: false; retryAfter: number };

/** Counts shared by every instance (Redis in production, see redis-rate-store.ts); rejects when it cannot answer. */
export type RateStore = {
  /** Counts one request of `client` against `limit` per `windowMs`; retryAfter in whole seconds. */
  hit(client: string, limit: number, windowMs: number): Promise<RateVerdict>;
  /** Where the counts live, for the log line (host and port, never a password). */
  readonly where: string;
};

/**
 * A rate limiter whose counts live in a shared store, so that N instances behind one proxy allow one
 * quota per client, not N. When the store fails (unreachable, timed out, erroring), requests are
 * counted in this process's memory instead, exactly as the memory-only limiter does, and the store
 * is not asked again for `retryMs`: the route keeps answering and never waits on a dead store more
 * than once per `retryMs`. Each outage logs one line when it starts and one when the store answers
 * again; a line never holds a client's address or anything a request sent.
 * e.g. createSharedRateLimiter({ limit: 30, store }).check('203.0.113.9') → Promise<{ ok: true }>
 */
export function createSharedRateLimiter({
  limit,
  store,
  windowMs = 60_000,
  retryMs = 5_000,
  log = (line: string) => console.warn(line),
  now = Date.now,
}: {
  limit: number;
  store: RateStore;
  windowMs?: number;
  retryMs?: number;
  log?: (line: string) => void;
  now?: () => number;
}) {
  const memory = createRateLimiter(limit, windowMs);
  let down = false;
  let retryAt = 0;
  return {
    /** True while requests are counted in memory because the store failed. */
    get degraded() {
      return down;
    },
    async check(client: string): Promise<RateVerdict> {
      // As the memory limiter: 0, a negative or a non-number is no limit.
      if (!(limit > 0)) return { ok: true };
      if (down && now() < retryAt) return memory.check(client, now());
      try {
        const verdict = await store.hit(client, limit, windowMs);
        if (down) {
          down = false;
          log(`rate limit: ${store.where} answers again; counting there, shared by every instance`);
        }
        return verdict;
      } catch (error) {
        if (!down) {
          down = true;
          log(
            `rate limit: ${store.where} failed (${reason(error)}); counting in this instance's memory, retrying every ${retryMs / 1000} s`,
          );
        }
        retryAt = now() + retryMs;
        return memory.check(client, now());
      }
    },
  };
}

/** An error's code or name, never its message in full (it could quote a command's arguments). */
function reason(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code)) return code;
    if (typeof name === 'string' && /^\w{1,60}$/.test(name) && name !== 'Error') return name;
  }
  return 'error';
}
