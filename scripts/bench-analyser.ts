// Run by `npm run bench` in a fresh process (bundled by esbuild): analyser init and warm
// throughput against raw lindera on the same text, in the same run, and peak RSS.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { loadDictionary } from '../lib/dictionary';
import { analyseKorean, getTokenizer, loadPatterns } from '../lib/korean';
import { loadGlossary } from '../lib/glossary';
import { analyseImport, buildWordPayload, getCorpus, loadLexiconFiles, segmentsOf } from '../lib/reader';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mode = process.argv[2] ?? 'throughput';
const rssBefore = process.memoryUsage().rss;

/** Raw lindera: its own tokenizer, built the documented way. */
function buildRaw() {
  const require = createRequire(import.meta.url);
  const { TokenizerBuilder } = require('lindera-wasm-nodejs-cjk');
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ko-dic');
  builder.setMode('normal');
  return builder.build() as { tokenize(text: string): unknown };
}

if (mode === 'dictionary') {
  // What the learner's dictionary and the grammar patterns add to a server's start, time and RSS:
  // first what the server loaded before them (the glossary and the article lexicon, with the YAML and
  // zod code they warm up), then the two alone. Time is this process's CPU time, which other work on
  // a shared machine does not inflate; the wall time is reported beside it.
  loadGlossary();
  loadLexiconFiles();
  const rss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const dictionary = loadDictionary();
  loadPatterns();
  const { user, system } = process.cpuUsage(cpu);
  const mb = (process.memoryUsage().rss - rss) / 2 ** 20;
  console.log(JSON.stringify({ ms: (user + system) / 1000, wallMs: performance.now() - t, mb, entries: dictionary.size }));
  process.exit(0);
}

if (mode === 'payload') {
  // Named fields (what the popover data uses) against the positional tuples they replaced, gzipped.
  const p = buildWordPayload(getCorpus(), 'microsoft-ai-datacenters', 'en');
  const tuples = {
    words: Object.values(p.words).map((w) => [
      w.surface,
      w.lemma,
      w.wordClass,
      w.gloss && [w.gloss.text, w.gloss.source],
      w.parts.map((x) => Object.values(x)),
      w.patterns.map((u) => Object.values(u)),
    ]),
    terms: Object.values(p.terms).map((t) => Object.values(t)),
    grammar: Object.values(p.grammar).map((g) => Object.values(g)),
    patterns: Object.values(p.patterns).map((g) => Object.values(g)),
  };
  const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length / 1024;
  console.log(JSON.stringify({ named: gz(p), tuples: gz(tuples) }));
  process.exit(0);
}

if (mode === 'init-raw' || mode === 'init-ours') {
  // Each in a fresh process, so that neither pays for or profits from the other's wasm load.
  const t = performance.now();
  if (mode === 'init-raw') buildRaw();
  else getTokenizer();
  console.log(JSON.stringify({ initMs: performance.now() - t }));
  process.exit(0);
}

const raw = buildRaw();
getTokenizer();
const corpus = getCorpus();
const text = corpus.articles.flatMap((a) => segmentsOf(a).map((s) => s.ko)).join('\n');
const REPEAT = 20;
const big = Array.from({ length: REPEAT }, () => text).join('\n');

// CPU time of this process (its GC and compiler threads included), not the wall clock: other work on a
// shared machine does not count. Raw lindera, the analyser and the import run in turns, and each ratio
// is the median of the turns' ratios, so that a slow spell of the machine hits all three alike.
const speedOf = (fn: () => unknown) => {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return big.length / ((user + system) / 1e6);
};
const run = {
  raw: () => raw.tokenize(big),
  ours: () => analyseKorean(big, corpus.lexicon),
  // What an import does with the same text: analysis, then glosses, particles and patterns for every word.
  imported: () => analyseImport(corpus, { ko: big, en: '', title: '' }),
};
for (const fn of Object.values(run)) fn(); // warm
const rawRuns: number[] = [];
const oursRuns: number[] = [];
const importRuns: number[] = [];
const oursRatios: number[] = [];
const importRatios: number[] = [];
for (let i = 0; i < 9; i++) {
  rawRuns.push(speedOf(run.raw));
  oursRuns.push(speedOf(run.ours));
  importRuns.push(speedOf(run.imported));
  oursRatios.push(oursRuns.at(-1)! / rawRuns.at(-1)!);
  importRatios.push(importRuns.at(-1)! / rawRuns.at(-1)!);
}
let peak = process.memoryUsage().rss;
for (let i = 0; i < 5; i++) {
  analyseKorean(big, corpus.lexicon);
  peak = Math.max(peak, process.memoryUsage().rss);
}
console.log(
  JSON.stringify({
    chars: big.length,
    raw: median(rawRuns),
    ours: median(oursRuns),
    imported: median(importRuns),
    oursRatio: median(oursRatios),
    importRatio: median(importRatios),
    rssBeforeMb: rssBefore / 2 ** 20,
    peakRssMb: peak / 2 ** 20,
  }),
);
