import 'server-only';
import { randomUUID } from 'node:crypto';
import { createClient, defineScript, ErrorReply, TimeoutError, type CommandParser } from '@redis/client';
import type { RateStore, RateVerdict } from './shared-rate-limit';

// The shared rate-limit counts, in Redis (REDIS_URL). The client is the official one
// (@redis/client, the core of node-redis, without the modules for search, JSON and the rest):
// typed, kept by Redis itself, no dependencies, with per-command timeouts and an offline mode that
// fails at once instead of queueing.
//
// The algorithm is a sliding-window log, the same as the memory limiter's (../textimport/rate-limit.ts),
// so setting REDIS_URL changes where the counts live, not what the quota means: a sorted set per
// client holds the times of its accepted requests in the last window; a request is accepted while
// fewer than `limit` remain. A fixed window (INCR + PEXPIRE) would be one counter instead of at most
// `limit` entries, but lets a client send 2 × limit in a burst across a window's edge, and a
// rejected request would push the counter on. With a limit of tens per minute, `limit` entries per
// active client are nothing. One Lua script does it all, so it is atomic: two instances counting the
// same client at once cannot both take the last place. The time is Redis's own (TIME), one clock for
// every instance, whatever their clocks say. The key expires a window after its last accepted request.
const SLIDING_WINDOW = defineScript({
  NUMBER_OF_KEYS: 1,
  SCRIPT: `
    local t = redis.call('TIME')
    local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    local limit = tonumber(ARGV[1])
    local window = tonumber(ARGV[2])
    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
    if redis.call('ZCARD', KEYS[1]) >= limit then
      local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
      return { 0, tonumber(oldest[2]) + window - now }
    end
    redis.call('ZADD', KEYS[1], now, ARGV[3])
    redis.call('PEXPIRE', KEYS[1], window)
    return { 1, 0 }`,
  parseCommand(parser: CommandParser, key: string, limit: number, windowMs: number, member: string) {
    parser.pushKey(key);
    parser.push(String(limit), String(windowMs), member);
  },
  transformReply: undefined as unknown as () => number[],
});

/** Connecting, and each command, give up after this; the limiter then counts in memory. */
const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;

function newClient(url: string) {
  const client = createClient({
    url,
    scripts: { slidingWindow: SLIDING_WINDOW },
    // Fail at once while disconnected: a request is never held waiting for Redis to come back.
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5_000) },
  });
  return client;
}

type Client = ReturnType<typeof newClient>;
type Connection = { client: Client; connecting: Promise<unknown>; waited: boolean; lastError: unknown };

// One connection per process and URL, made on first use (never at build time or at start-up),
// kept across the module copies Next may load.
const shared = globalThis as typeof globalThis & { __hanyeongRedis?: Map<string, Connection> };

function connection(url: string): Connection {
  const connections = (shared.__hanyeongRedis ??= new Map());
  let found = connections.get(url);
  if (!found) {
    const client = newClient(url);
    const made: Connection = { client, connecting: Promise.resolve(), waited: false, lastError: undefined };
    // The client reconnects by itself (reconnectStrategy); its errors are reported by the limiter,
    // once per outage. Unheard, an 'error' event would end the process.
    client.on('error', (error: unknown) => (made.lastError = error));
    made.connecting = client.connect().catch((error: unknown) => (made.lastError = error));
    connections.set(url, made);
    found = made;
  }
  return found;
}

/** Errors as a short code for the log line: never a message that could quote a command. */
function failure(error: unknown, fallback: string): Error & { code: string } {
  let code = fallback;
  if (error instanceof TimeoutError) code = 'TIMEOUT';
  else if (error instanceof ErrorReply) code = 'REPLY_ERROR';
  else if (error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string') {
    code = (error as { code: string }).code;
  }
  return Object.assign(new Error(`Redis: ${code}`), { code });
}

/**
 * The client once connected. Only the first request waits for the first connection (at most
 * CONNECT_TIMEOUT_MS); while the client reconnects in the background, requests fail at once.
 */
async function ready(made: Connection): Promise<Client> {
  if (made.client.isReady) return made.client;
  if (!made.waited) {
    made.waited = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), CONNECT_TIMEOUT_MS)));
    await Promise.race([made.connecting, late]).finally(() => clearTimeout(timer));
    if (made.client.isReady) return made.client;
  }
  throw failure(made.lastError, 'UNREACHABLE');
}

/**
 * The rate-limit store in Redis at `url` (redis://[user:password@]host:port[/db]), keys under
 * `prefix` (e.g. 'hanyeong:rate:analyse:'). Rejects when Redis cannot answer within its timeouts.
 */
export function redisRateStore(url: string, prefix: string): RateStore {
  let where = 'Redis';
  try {
    const parsed = new URL(url);
    where = `Redis at ${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    // A URL that does not parse fails at the first request, reported as such.
  }
  return {
    where,
    async hit(client: string, limit: number, windowMs: number): Promise<RateVerdict> {
      let made: Connection;
      try {
        made = connection(url);
      } catch (error) {
        throw failure(error, 'BAD_URL');
      }
      const redis = await ready(made);
      let reply: number[];
      try {
        reply = await redis.slidingWindow(prefix + client, limit, windowMs, randomUUID());
      } catch (error) {
        throw failure(error, 'ERROR');
      }
      const [accepted, waitMs] = reply;
      return accepted === 1 ? { ok: true } : { ok: false, retryAfter: Math.max(1, Math.ceil(Number(waitMs) / 1000)) };
    },
  };
}

/** Closes every connection of this process (tests; servers keep theirs for their life). */
export async function closeRedisConnections(): Promise<void> {
  const connections = shared.__hanyeongRedis;
  if (!connections) return;
  shared.__hanyeongRedis = undefined;
  await Promise.all([...connections.values()].map(({ client }) => Promise.resolve(client.destroy())));
}
