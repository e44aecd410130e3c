import { isIP } from 'node:net';

/**
 * Who sent a request, for rate limiting. Forwarding headers are written by whoever sends the
 * request, so they are believed only as far as the operator says proxies stand in front:
 * HANYEONG_TRUST_PROXY unset (or 0): the socket's address, whatever X-Forwarded-For says;
 * HANYEONG_TRUST_PROXY=N (1 = "true"): N proxies each append the address they saw, so the client
 * is the Nth X-Forwarded-For entry from the right (the rightmost is the one our own proxy wrote).
 * IPv6 clients are counted per /64, the block one subscriber gets, so rotating within it is no escape.
 */

/** The request header that carries the socket's address (see peer-stamp.ts): never client-written. */
export const PEER_HEADER = 'x-hanyeong-peer';

/** The number of trusted proxy hops from HANYEONG_TRUST_PROXY: '1'/'true' → 1, '3' → 3, unset/'0'/junk → 0. */
export function trustedHops(setting: string | undefined): number {
  const value = (setting ?? '').trim().toLowerCase();
  if (value === 'true' || value === 'yes') return 1;
  if (!/^\d{1,2}$/.test(value)) return 0;
  return Number(value);
}

/** An address as one rate-limit key: IPv4-mapped IPv6 as IPv4, IPv6 cut to its /64; null when not an address. */
export function addressKey(raw: string | null | undefined): string | null {
  let address = (raw ?? '').trim();
  // "[2001:db8::1]:443" and "192.0.2.1:8080" (some proxies append the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%[\w.]+$/, ''); // a zone id (fe80::1%eth0)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind === 6) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  return null;
}

/** The eight hextets of an IPv6 address, without leading zeros. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase();
  // A trailing dotted quad (::ffff:1.2.3.4 is handled above; 64:ff9b::1.2.3.4 is not).
  const quad = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((part) => Number.parseInt(part, 16).toString(16));
}

/**
 * The rate-limit key of a request: `peer` is the socket's address (null when unknown), `hops`
 * the trusted proxy count. With fewer X-Forwarded-For entries than hops, the leftmost one is
 * taken (the request passed fewer proxies than configured). Never throws; 'unknown' when nothing
 * usable is known, a key all such requests share.
 * e.g. clientKey({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9', hops: 1 }) → '203.0.113.9'
 */
export function clientKey({ peer, forwardedFor, hops }: { peer: string | null; forwardedFor: string | null; hops: number }): string {
  const peerKey = addressKey(peer);
  if (hops <= 0) return peerKey ?? 'unknown';
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peerKey ?? 'unknown';
  const chosen = entries[Math.max(0, entries.length - hops)]!;
  // A trusted proxy wrote something that is not an address: count it against that proxy.
  return addressKey(chosen) ?? peerKey ?? 'unknown';
}
