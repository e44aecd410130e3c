// The analyse route under load (part of `npm run bench`; alone: `node scripts/bench.mjs --only analyse`):
// `next start` on loopback with the rate limit lifted, 20 clients for 10 s each posting 2,000
// Korean characters, the server's RSS sampled all along (its peak); then RSS after 100 and after
// 1,000 more requests, and the JSON the route answers for 50,000 characters. Prints one JSON line.
import autocannon from 'autocannon';
import { waitForServer } from './wait-for-server.mjs';
import { startNextServer } from './next-server.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.LOAD_PORT ?? 3197);
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HANYEONG_ANALYSE_RATE_LIMIT: '0' };

const plain = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[^|]*\| ?/, ''))
    .join(' ');
const article = plain('content/articles/microsoft-ai-datacenters/ko.txt');
const text = article.repeat(2).slice(0, 2000);
const body = JSON.stringify({ ko: text });
// 50,000 characters: the articles and the evaluation texts, again until it is that long (as scripts/long-korean.ts).
const parts = readdirSync('content/articles').map((slug) => plain(join('content/articles', slug, 'ko.txt')));
for (const dir of ['eval/texts/dev', 'eval/texts/extra', 'eval/texts/held-out'])
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.txt')) parts.push(readFileSync(join(dir, file), 'utf8').trim());
let long = '';
while (long.length < 50_000) for (const part of parts) long += `${part}\n\n`;
long = long.slice(0, 50_000);

const { server, stop } = startNextServer(PORT, env);

/** Resident memory of the server: the largest process in its tree (the one that serves; its worker threads are in it). */
function rssMb() {
  const tree = [server.pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readFileSync(`/proc/${tree[i]}/task/${tree[i]}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
        tree.push(Number(task));
    } catch {}
  }
  return Math.max(
    ...tree.map((pid) => {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    }),
  );
}

await waitForServer(BASE);
const post = (payload = body) =>
  fetch(`${BASE}/api/analyse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload }).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.arrayBuffer();
  });
// Warm up: the workers load their dictionaries on the first request, and V8 compiles the hot paths.
for (let i = 0; i < 20; i++) await Promise.all([post(), post()]);
const idle = rssMb();

let peak = idle;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
const result = await autocannon({
  url: `${BASE}/api/analyse`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections: 20,
  duration: 10,
});
clearInterval(sampler);

for (let i = 0; i < 100; i++) await post();
const after100 = rssMb();
for (let i = 0; i < 1000; i++) await post();
const after1000 = rssMb();
const longJson = await post(JSON.stringify({ ko: long })).catch(() => null);
stop();
console.log(
  JSON.stringify({
    chars: text.length,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    idle,
    peak,
    after100,
    after1000,
    longChars: long.length,
    longKb: longJson ? longJson.byteLength / 1024 : null,
  }),
);
process.exit(0);
