import 'server-only';
import { randomUUID } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DATA_CSP, SECURITY_HEADERS } from '../security-headers';
import { PEER_HEADER } from './client-address';

// Next's route handlers see headers only: no socket. `next start` fills X-Forwarded-For with the
// socket's address only when the client sent none, so a client can always write its own. This
// stamps the socket's address on every request, below Next: Node publishes each incoming request
// on the 'http.server.request.start' diagnostics channel before any handler runs, and the
// subscriber overwrites PEER_HEADER. The value starts with a secret made at start-up, so a
// request that somehow was not stamped (one that arrived before this was installed) cannot pass
// off a header of its own as the stamp. The stamp also carries the time of arrival, from which the
// analysis route counts its deadline (time spent waiting for the main thread included).

type Stamp = { token: string; keep: unknown[] };
const REQUEST_TIMEOUT_MS = 30_000;
const shared = globalThis as typeof globalThis & { __hanyeongPeerStamp?: Stamp };

/**
 * Installs, once per process, the stamp, the default security headers of every response, and the
 * low-level error answers. Called from instrumentation.ts.
 */
export function installPeerStamp() {
  if (shared.__hanyeongPeerStamp) return;
  const token = randomUUID();
  const onRequest = (message: unknown) => {
    const { request, response, socket } = message as { request: IncomingMessage; response: ServerResponse; socket: Socket };
    request.headers[PEER_HEADER] = `${token} ${Date.now()} ${socket.remoteAddress ?? ''}`;
    // Every response starts with the data headers; pages replace the policy with theirs (proxy.ts).
    // This reaches the answers Next gives before its own headers() and proxy run (308s, 400s).
    for (const [name, value] of DEFAULT_HEADERS) response.setHeader(name, value);
  };
  const guarded = new WeakSet<object>();
  const onSocket = (message: unknown) => {
    const server = (message as { socket: Socket & { server?: Server } }).socket.server;
    if (!server || guarded.has(server) || typeof server.on !== 'function') return;
    guarded.add(server);
    server.on('clientError', answerClientError);
    // A whole request (headers and body) must arrive within this, on any path (Node's default is
    // 5 minutes): slow senders are answered 408 by answerClientError. The analysis route has its own, shorter deadline.
    if (server.requestTimeout === 0 || server.requestTimeout > REQUEST_TIMEOUT_MS) server.requestTimeout = REQUEST_TIMEOUT_MS;
  };
  const request = diagnostics.channel('http.server.request.start');
  const socket = diagnostics.channel('net.server.socket');
  request.subscribe(onRequest);
  socket.subscribe(onSocket);
  // Channels and their subscribers are held here so that they are never collected.
  shared.__hanyeongPeerStamp = { token, keep: [request, socket, onRequest, onSocket] };
}

/** What the stamp says of a request: its socket's address and when Node received it; null when it carries no valid stamp. */
export function stamped(headers: Headers): { peer: string | null; arrival: number } | null {
  const token = shared.__hanyeongPeerStamp?.token;
  const value = headers.get(PEER_HEADER);
  if (!token || !value?.startsWith(`${token} `)) return null;
  const [arrival = '', peer = ''] = value.slice(token.length + 1).split(' ');
  return { peer: peer || null, arrival: Number(arrival) || Date.now() };
}

/** The socket address stamped on a request, or null when it carries no valid stamp. */
export const stampedPeer = (headers: Headers): string | null => stamped(headers)?.peer ?? null;

const DEFAULT_HEADERS = Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': DATA_CSP });
const HEADERS = DEFAULT_HEADERS.map(([name, value]) => `${name}: ${value}\r\n`).join('');
const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Node's own answer to a request it cannot parse (431 for headers over 16 KB, 400 for a broken
 * request line, 408 for a request too slow to arrive), with the security headers it lacks.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket) {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.write(`HTTP/1.1 ${status} ${REASONS[status]}\r\n${HEADERS}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy();
}
