/**
 * A sliding-window limit per client: at most `limit` requests in `windowMs`. Memory stays
 * bounded: old timestamps are dropped, and past `maxClients` the oldest clients are forgotten.
 * e.g. createRateLimiter(30).check('1.2.3.4', now) → { ok: true } or { ok: false, retryAfter: 12 }
 */
export function createRateLimiter(limit: number, windowMs = 60_000, maxClients = 10_000) {
  const hits = new Map<string, number[]>();
  return {
    check(client: string, now = Date.now()): { ok: true } | { ok: false; retryAfter: number } {
      if (limit <= 0) return { ok: true };
      const recent = (hits.get(client) ?? []).filter((t) => t > now - windowMs);
      if (recent.length >= limit) {
        hits.set(client, recent);
        return { ok: false, retryAfter: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) };
      }
      recent.push(now);
      hits.delete(client);
      hits.set(client, recent);
      if (hits.size > maxClients) hits.delete(hits.keys().next().value!);
      return { ok: true };
    },
  };
}
