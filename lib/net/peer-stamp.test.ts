import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEER_HEADER } from './client-address';
import { installPeerStamp, stamped, stampedPeer } from './peer-stamp';

// A plain Node server stands in for `next start`: the stamp works below any framework.
let server: http.Server;
let port: number;

beforeAll(async () => {
  installPeerStamp();
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    response.end(JSON.stringify({ peer: stampedPeer(headers), arrival: stamped(headers)?.arrival }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A GET from a chosen loopback address (Linux routes all of 127/8 to lo). */
const get = (localAddress: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', localAddress, headers, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });

/** Raw bytes to the server; resolves with everything it answered before closing. */
const raw = (bytes: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });

describe('the peer stamp', () => {
  it("carries the socket's address and the time Node received the request", async () => {
    const sent = Date.now();
    const first = JSON.parse((await get('127.0.0.2')).body);
    expect(first.peer).toBe('127.0.0.2');
    expect(first.arrival).toBeGreaterThanOrEqual(sent);
    expect(first.arrival).toBeLessThanOrEqual(Date.now());
    expect(JSON.parse((await get('127.0.0.3')).body).peer).toBe('127.0.0.3');
  });

  it('cannot be forged by the client, with or without a guess at its form', async () => {
    for (const forged of ['203.0.113.9', `00000000-0000-4000-8000-000000000000 0 203.0.113.9`]) {
      const answer = JSON.parse((await get('127.0.0.4', { [PEER_HEADER]: forged, 'x-forwarded-for': '203.0.113.9' })).body);
      expect(answer.peer).toBe('127.0.0.4');
    }
  });

  it('a header without the secret is no stamp', () => {
    expect(stampedPeer(new Headers({ [PEER_HEADER]: '203.0.113.9' }))).toBeNull();
    expect(stampedPeer(new Headers())).toBeNull();
  });

  it("Node's own 431 and 400 answers carry nosniff and the data policy", async () => {
    // The first connection has happened (above), so the server's clientError answer is in place.
    const tooLarge = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(tooLarge).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
    expect(tooLarge).toMatch(/\r\nContent-Security-Policy: default-src 'none'/);
    const broken = await raw('GARBAGE\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    expect(broken).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
  });
});
