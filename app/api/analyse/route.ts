import { z } from 'zod';
import { analyseImportJson, isAnalysisBusy, isAnalysisTimeout } from '@/lib/reader';
import { clientKey, trustedHops } from '@/lib/net/client-address';
import { stamped } from '@/lib/net/peer-stamp';
import { redisRateStore } from '@/lib/net/redis-rate-store';
import { createSharedRateLimiter } from '@/lib/net/shared-rate-limit';
import { createRateLimiter, isBlank, MAX_CHARS, sanitiseText } from '@/lib/textimport';

// The one route that faces pasted text from the open internet. It never logs the text.

const LIMIT = Number(process.env.HANYEONG_ANALYSE_RATE_LIMIT ?? 30);
/** From the request's arrival to its answer: reading the body, waiting for a worker and analysing. */
const TIMEOUT_MS = Number(process.env.HANYEONG_ANALYSE_TIMEOUT_MS ?? 5_000);
/** How many proxies in front of the app append to X-Forwarded-For (README, deployment). */
const TRUSTED_HOPS = trustedHops(process.env.HANYEONG_TRUST_PROXY);
/** Two full text areas of 4-byte characters, a title and JSON overhead. */
const MAX_BODY_BYTES = 2 * MAX_CHARS * 4 + 4_096;

/** With several instances, one quota per client shared through Redis; without, this process's memory (README, deployment). */
const REDIS_URL = process.env.REDIS_URL?.trim();

const limiter = REDIS_URL
  ? createSharedRateLimiter({ limit: LIMIT, store: redisRateStore(REDIS_URL, 'hanyeong:rate:analyse:') })
  : createRateLimiter(LIMIT);
const bodySchema = z.object({ ko: z.string(), en: z.string().default(''), title: z.string().max(200).default('') }).strict();

const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: code, message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** The rate-limit key: the socket's address, or an X-Forwarded-For entry only as far as proxies are trusted. */
function clientOf(request: Request): string {
  const peer = stamped(request.headers)?.peer ?? null;
  return clientKey({ peer, forwardedFor: request.headers.get('x-forwarded-for'), hops: TRUSTED_HOPS });
}

const TOO_SLOW = Symbol('too slow');

/** Reads at most `max` bytes of the body by `deadline`: null when it is larger, TOO_SLOW when it has not all come by then. */
async function readCapped(request: Request, max: number, deadline: number): Promise<string | null | typeof TOO_SLOW> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return null;
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TOO_SLOW>((resolve) => {
    timer = setTimeout(() => resolve(TOO_SLOW), Math.max(0, deadline - Date.now()));
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), late]);
      if (next === TOO_SLOW) {
        reader.cancel().catch(() => {});
        return TOO_SLOW;
      }
      const { done, value } = next;
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export async function POST(request: Request) {
  // Counted from the moment Node received the request (before Next routed it), when known.
  const deadline = Math.min(stamped(request.headers)?.arrival ?? Date.now(), Date.now()) + TIMEOUT_MS;
  const rate = await limiter.check(clientOf(request));
  if (!rate.ok) return error(429, 'rate-limited', 'Too many requests; try again shortly.', { 'Retry-After': String(rate.retryAfter) });
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return error(415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json).');
  }
  const raw = await readCapped(request, MAX_BODY_BYTES, deadline);
  if (raw === TOO_SLOW) return error(408, 'timeout', 'The request body did not arrive in time.', { Connection: 'close' });
  if (raw === null) return error(413, 'too-large', `Each text may hold at most ${MAX_CHARS} characters.`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return error(400, 'malformed-json', 'The request body is not valid JSON.');
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return error(400, 'invalid-body', 'Expected { ko: string, en?: string, title?: string }.');
  if (body.data.ko.length > MAX_CHARS || body.data.en.length > MAX_CHARS) {
    return error(413, 'too-large', `Each text may hold at most ${MAX_CHARS} characters.`);
  }
  const input = { ko: sanitiseText(body.data.ko), en: sanitiseText(body.data.en), title: sanitiseText(body.data.title).trim() };
  if (isBlank(input.ko)) return error(400, 'empty', 'The Korean text is empty.');
  try {
    const json = await analyseImportJson(input, deadline);
    return new Response(json, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  } catch (caught) {
    if (isAnalysisTimeout(caught)) return error(503, 'timeout', 'The analysis took too long; try a shorter text.');
    if (isAnalysisBusy(caught)) return error(503, 'busy', 'The server is busy; try again in a moment.', { 'Retry-After': '1' });
    return error(500, 'failed', 'The text could not be analysed.');
  }
}

const notAllowed = () => error(405, 'method-not-allowed', 'Use POST.', { Allow: 'POST' });
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
