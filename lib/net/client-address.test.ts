import { describe, expect, it } from 'vitest';
import { addressKey, clientKey, trustedHops } from './client-address';

describe('trustedHops (HANYEONG_TRUST_PROXY)', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['false', 0],
    ['no', 0],
    ['-1', 0],
    ['1.5', 0],
    ['1', 1],
    ['true', 1],
    [' TRUE ', 1],
    ['2', 2],
    ['10', 10],
    ['999', 0],
  ])('%j → %i', (setting, hops) => {
    expect(trustedHops(setting)).toBe(hops);
  });
});

describe('addressKey', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['192.0.2.1:8080', '192.0.2.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:10.1.2.3', '10.1.2.3'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:db8:aa:bb::ffff', '2001:db8:aa:bb::/64'],
    ['[2001:db8:0aa:00bb::1]:443', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['unknown', null],
    ['', null],
    [null, null],
    ['1.2.3.4.5', null],
    ['__proto__', null],
    ['<script>', null],
  ])('%j → %j', (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });

  it('two addresses in one IPv6 /64 are one client; the next /64 is another', () => {
    expect(addressKey('2001:db8:1:2::a')).toBe(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(addressKey('2001:db8:1:2::a')).not.toBe(addressKey('2001:db8:1:3::a'));
  });
});

describe('clientKey: who a request counts as', () => {
  const peer = '10.0.0.2'; // the socket: a client, or the proxy in front of the app
  it.each([
    // No trusted proxy: the socket, whatever the headers claim.
    ['no header, no trust', { peer, forwardedFor: null, hops: 0 }, '10.0.0.2'],
    ['a forged header, no trust', { peer, forwardedFor: '203.0.113.9', hops: 0 }, '10.0.0.2'],
    ['a forged chain, no trust', { peer, forwardedFor: '1.1.1.1, 2.2.2.2', hops: 0 }, '10.0.0.2'],
    ['an IPv4-mapped socket', { peer: '::ffff:10.0.0.2', forwardedFor: null, hops: 0 }, '10.0.0.2'],
    ['no socket known', { peer: null, forwardedFor: '203.0.113.9', hops: 0 }, 'unknown'],
    // One trusted proxy: it appends the address it saw, the rightmost entry.
    ['one hop, one entry', { peer, forwardedFor: '203.0.113.9', hops: 1 }, '203.0.113.9'],
    ['one hop, a client-sent entry before ours', { peer, forwardedFor: '6.6.6.6, 203.0.113.9', hops: 1 }, '203.0.113.9'],
    ['one hop, spaces and empty entries', { peer, forwardedFor: ' 6.6.6.6 ,, 203.0.113.9 ', hops: 1 }, '203.0.113.9'],
    ['one hop, no header (reached directly)', { peer, forwardedFor: null, hops: 1 }, '10.0.0.2'],
    ['one hop, an empty header', { peer, forwardedFor: ' , ', hops: 1 }, '10.0.0.2'],
    ['one hop, garbage from the proxy', { peer, forwardedFor: 'unknown', hops: 1 }, '10.0.0.2'],
    ['one hop, IPv6 client', { peer, forwardedFor: '6.6.6.6, 2001:db8:5:6::77', hops: 1 }, '2001:db8:5:6::/64'],
    // Two trusted proxies (a CDN, then a load balancer): the second entry from the right.
    ['two hops', { peer, forwardedFor: '6.6.6.6, 203.0.113.9, 198.51.100.1', hops: 2 }, '203.0.113.9'],
    ['two hops, only one entry', { peer, forwardedFor: '203.0.113.9', hops: 2 }, '203.0.113.9'],
    ['three hops', { peer, forwardedFor: '6.6.6.6, 203.0.113.9, 198.51.100.1, 198.51.100.2', hops: 3 }, '203.0.113.9'],
  ])('%s', (_name, input, key) => {
    expect(clientKey(input)).toBe(key);
  });

  it('with no trust, rotating X-Forwarded-For never changes the key', () => {
    const keys = new Set(Array.from({ length: 50 }, (_, i) => clientKey({ peer, forwardedFor: `198.18.0.${i}`, hops: 0 })));
    expect([...keys]).toEqual(['10.0.0.2']);
  });
});
