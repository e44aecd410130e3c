// The analyser on annotated texts nobody tuned it to (eval/README.md), scored the way a user's
// import is served: each line through analyseImport, then the popover data it returns.
// Bundled and run like bench-analyser.ts:
//   npx esbuild scripts/eval-texts.ts --bundle --platform=node --format=esm --packages=external \
//     --alias:@=. --alias:server-only=./node_modules/server-only/empty.js --outfile=.bench/eval-texts.mjs
//   node .bench/eval-texts.mjs [--details]
// --details lists, for the development half and eval/texts/extra only, every eojeol left
// unexplained, every particle or ending without a grammar key, every lemma or class the annotation
// disagrees with, and every content lemma glossed from its parts, a name or a guess. The held-out
// half is only ever counted, never listed: nobody tunes to it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { getCorpus, analyseImport } from '../lib/reader';
import type { WordInfo } from '../lib/payload';

const ROOT = path.join(process.cwd(), 'eval', 'texts');
const HALVES = { dev: 'dev', heldOut: 'held-out', extra: 'extra' } as const;
type Half = keyof typeof HALVES;
const details = process.argv.includes('--details');

/** One row of NAME.tsv: eojeol, lemma, class, gloss, grammar. */
type Gold = { eojeol: string; lemma: string; wordClass: string; gloss: string; grammar: string };
type Scored = { text: string; line: number; gold: Gold | null; word: WordInfo };

/** The annotation's classes as the analyser names them (eval/README.md, lib/korean/types.ts). */
const CLASS_MAP: Record<string, string> = {
  noun: 'noun',
  pronoun: 'noun',
  'bound-noun': 'noun',
  numeral: 'number',
  number: 'number',
  'proper-noun': 'proper noun',
  verb: 'verb',
  adjective: 'adjective',
  adverb: 'adverb',
  interjection: 'adverb',
  determiner: 'determiner',
  foreign: 'foreign',
};
const GRAMMAR_CLASSES = new Set(['particle', 'ending']);
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const LATIN_DIGITS_PUNCTUATION = /^[A-Za-z0-9\p{P}\p{S}]+$/u;
/** "Trivial spacing": spaces inside the lemma, and the Unicode form. */
const normalise = (lemma: string | null) => (lemma ?? '-').normalize('NFC').replace(/\s+/g, '');

function readGold(file: string): Gold[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [eojeol = '', lemma = '', wordClass = '', gloss = '', grammar = ''] = line.split('\t');
      return { eojeol, lemma, wordClass, gloss, grammar };
    });
}

/** Every eojeol of a text as the import route's payload describes it, line by line. */
function analyseText(name: string, source: string): { word: WordInfo; line: number }[] {
  const corpus = getCorpus();
  return source.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const imported = analyseImport(corpus, { ko: line, en: '', title: '' });
    return imported.paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) =>
        s.korean.eojeols.map((_, index) => {
          const word = imported.payload.words[`${s.id}:${index}`];
          if (!word) throw new Error(`${name}:${i + 1}: no popover data for eojeol ${index} of ${s.id}`);
          return { word, line: i + 1 };
        }),
      ),
    );
  });
}

function scoreFile(half: Half, name: string): Scored[] {
  const dir = path.join(ROOT, HALVES[half]);
  const words = analyseText(name, readFileSync(path.join(dir, `${name}.txt`), 'utf8'));
  const goldFile = path.join(dir, `${name}.tsv`);
  const gold = existsSync(goldFile) ? readGold(goldFile) : null;
  if (gold && gold.length !== words.length)
    throw new Error(`${half}/${name}: the annotation has ${gold.length} eojeols, the analyser ${words.length}`);
  return words.map(({ word, line }, i) => {
    const g = gold?.[i] ?? null;
    if (g && g.eojeol !== word.surface) throw new Error(`${half}/${name}:${line}: annotation "${g.eojeol}" ≠ analysed "${word.surface}"`);
    return { text: name, line, gold: g, word };
  });
}

type Kind = 'glossed' | 'grammar only' | 'punctuation' | 'latin/digits, no gloss' | 'no gloss';
/**
 * Whether the popover explains an eojeol, and how: a gloss; or, with no content word, every
 * particle and ending explained; punctuation alone counts as explained, Latin letters and digits
 * only with a gloss.
 */
function explain(word: WordInfo): Kind {
  if (word.gloss) return 'glossed';
  if (PUNCTUATION_ONLY.test(word.surface)) return 'punctuation';
  if (LATIN_DIGITS_PUNCTUATION.test(word.surface)) return 'latin/digits, no gloss';
  // The content word is what the analyser lemmatises; an auxiliary alone (주세요, 않고) has none.
  const content = word.lemma !== null;
  const grammar = word.parts.filter((p) => GRAMMAR_CLASSES.has(p.wordClass));
  if (!content && grammar.length > 0 && grammar.every((p) => p.grammar)) return 'grammar only';
  return 'no gloss';
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function summarise(rows: Scored[]) {
  const kinds: Record<string, number> = {};
  const sources: Record<string, number> = {};
  let explained = 0;
  let grammarParts = 0;
  let grammarExplained = 0;
  let annotated = 0;
  let lemmaAgree = 0;
  let classAgree = 0;
  for (const { word, gold } of rows) {
    const kind = explain(word);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (kind !== 'no gloss' && kind !== 'latin/digits, no gloss') explained++;
    const source = word.gloss?.source ?? 'none';
    sources[source] = (sources[source] ?? 0) + 1;
    for (const part of word.parts) {
      if (!GRAMMAR_CLASSES.has(part.wordClass)) continue;
      grammarParts++;
      if (part.grammar) grammarExplained++;
    }
    if (gold) {
      annotated++;
      if (normalise(gold.lemma) === normalise(word.lemma)) lemmaAgree++;
      if ((CLASS_MAP[gold.wordClass] ?? gold.wordClass) === word.wordClass) classAgree++;
    }
  }
  return {
    texts: new Set(rows.map((r) => r.text)).size,
    eojeols: rows.length,
    explained,
    explainedPct: pct(explained, rows.length),
    explainedBy: kinds,
    grammarParts,
    grammarExplained,
    grammarPct: pct(grammarExplained, grammarParts),
    annotated,
    lemmaAgree,
    lemmaPct: pct(lemmaAgree, annotated),
    classAgree,
    classPct: pct(classAgree, annotated),
    glossSources: sources,
  };
}
type Summary = ReturnType<typeof summarise>;

const textsOf = (half: Half) => {
  const dir = path.join(ROOT, HALVES[half]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
};

const show = (value: number | null) => (value === null ? '-' : `${value.toFixed(1)} %`).padStart(7);
const COLUMNS = ['eojeols', 'explained', 'particles/endings', 'lemma', 'class'];
function printRow(label: string, s: Summary) {
  const grammar = `${show(s.grammarPct)} (${s.grammarExplained}/${s.grammarParts})`;
  console.log(
    `${label.padEnd(24)}${String(s.eojeols).padStart(8)}${show(s.explainedPct).padStart(11)}  ${grammar.padEnd(19)}${show(s.lemmaPct)}${show(s.classPct).padStart(9)}`,
  );
}

function printDetails(rows: Scored[]) {
  const where = (r: Scored) => `${r.text}:${r.line}`;
  const list = (title: string, items: string[]) => {
    console.log(`\n  ${title} (${items.length})`);
    for (const item of items) console.log(`    ${item}`);
  };
  const describe = (w: WordInfo) => `${w.lemma ?? '-'}/${w.wordClass ?? '-'}`;
  list(
    'unexplained eojeols',
    rows
      .filter((r) => ['no gloss', 'latin/digits, no gloss'].includes(explain(r.word)))
      .map((r) => `${where(r)}  ${r.word.surface}  ${describe(r.word)}`),
  );
  list(
    'particles/endings without a grammar key',
    rows.flatMap((r) =>
      r.word.parts
        .filter((p) => GRAMMAR_CLASSES.has(p.wordClass) && !p.grammar)
        .map((p) => `${where(r)}  ${r.word.surface}  ${p.form}/${p.wordClass}`),
    ),
  );
  list(
    'glossed from parts, a name or a guess',
    rows
      .filter((r) => r.word.gloss && ['compound', 'derived', 'name', 'guess'].includes(r.word.gloss.source))
      .map((r) => `${where(r)}  ${r.word.surface}  ${describe(r.word)}  ${r.word.gloss!.source}: ${r.word.gloss!.text}`),
  );
  list(
    'lemma or class unlike the annotation',
    rows
      .filter((r) => r.gold)
      .filter(
        (r) =>
          normalise(r.gold!.lemma) !== normalise(r.word.lemma) || (CLASS_MAP[r.gold!.wordClass] ?? r.gold!.wordClass) !== r.word.wordClass,
      )
      .map((r) => `${where(r)}  ${r.word.surface}  ours ${describe(r.word)}  annotated ${r.gold!.lemma}/${r.gold!.wordClass}`),
  );
}

const results: Partial<Record<Half, Summary>> = {};
console.log(
  `${'text'.padEnd(24)}${COLUMNS[0]!.padStart(8)}${COLUMNS[1]!.padStart(11)}  ${COLUMNS[2]!.padEnd(19)}${COLUMNS[3]!.padStart(7)}${COLUMNS[4]!.padStart(9)}`,
);
for (const half of Object.keys(HALVES) as Half[]) {
  const names = textsOf(half);
  if (names.length === 0) continue;
  const all: Scored[] = [];
  for (const name of names) {
    const rows = scoreFile(half, name);
    all.push(...rows);
    printRow(`  ${HALVES[half]}/${name}`, summarise(rows));
  }
  results[half] = summarise(all);
  printRow(`${HALVES[half]} (all)`, results[half]);
  console.log(`  explained by: ${JSON.stringify(results[half].explainedBy)}; gloss sources: ${JSON.stringify(results[half].glossSources)}`);
  if (details && half !== 'heldOut') printDetails(all);
  console.log('');
}
console.log(
  [
    'Counted as explained: an eojeol with a gloss (any source); or one with no content word (no lemma: an auxiliary',
    'or the copula alone, 주세요, 않고) whose particles and endings all have a grammar key; or punctuation alone.',
    'Eojeols of Latin letters, digits and punctuation only count only with a gloss. A particle or ending counts as',
    'explained when it has a grammar key. Lemmas are compared without spaces; the annotation’s pronoun and bound-noun',
    'count as noun, numeral as number, interjection as adverb, proper-noun as proper noun.',
  ].join('\n'),
);
console.log(JSON.stringify({ dev: results.dev, heldOut: results.heldOut }));
