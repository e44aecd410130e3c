// The analyser against a corpus nobody here wrote: UD Korean GSD (dev set, ../shared/ud), scored
// per eojeol beside raw ko-dic on the same sentences. Bundled and run like bench-analyser.ts:
//   npx esbuild scripts/bench-ud.ts --bundle --platform=node --format=esm --outfile=.bench/bench-ud.mjs \
//     --packages=external --alias:@=. --alias:server-only=./node_modules/server-only/empty.js
//   node .bench/bench-ud.mjs [--dump=segmentation|headClass|lemma|grammarRecall]
// The last line of stdout is the JSON summary; --dump writes the analyser's misses to stderr.
// What is scored, per UD token line that has a letter or digit (punctuation lines are right on both sides):
// - segmentation: our morphemes inside the token (inflected ones by their parts) spell UD's, form by form;
// - headClass: the first content morpheme's word class (tags.ts `head`), proper nouns counted as nouns;
// - lemma: where UD's head is VV/VA, our eojeol's lemma (raw: its first stem + 다) is UD's stem + 다;
// - grammarRecall: UD's J*/E* morphemes found among ours in the token, same form and same josa/eomi role.
// Both sides go through normalise() first. Throughput: the whole text at once, CPU time, median of 5.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseKorean, classifyTag, tagInfo, tokenizeKorean, type Morpheme } from '@/lib/korean';
import { getCorpus } from '@/lib/reader';

const FILE = path.join(process.cwd(), '..', 'shared', 'ud', 'ko_gsd-ud-dev.conllu');
const dump = /^--dump=(\w+)$/.exec(process.argv[2] ?? '')?.[1];

type Unit = { form: string; tag: string };
type Token = { form: string; start: number; end: number; units: Unit[] };
type Sentence = { text: string; tokens: Token[] };

// UD's Sejong XPOS → ko-dic tags (README of the data set): the rest are spelled the same.
const SEJONG_TO_KO_DIC: Record<string, string> = { SP: 'SC', SO: 'SY', SW: 'SY', NA: 'UNK' };

/** Token lines with their morphemes (LEMMA, or MISC's OrigLemma where LEMMA was cut to the stem) and offsets. */
function parseConllu(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const text = /^# text = (.*)$/m.exec(block)?.[1];
    if (!text) continue;
    let cursor = 0;
    const tokens: Token[] = [];
    for (const line of block.split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
      const [, form = '', lemma = '', , xpos = '', , , , , misc = ''] = cols;
      const forms = (/OrigLemma=([^|]+)/.exec(misc)?.[1] ?? lemma).split('+');
      const tags = xpos.split('+').map((tag) => SEJONG_TO_KO_DIC[tag] ?? tag);
      // The next token starts where the last ended, or after spaces; search further only if not.
      const next = cursor + (/^\s*/.exec(text.slice(cursor))?.[0].length ?? 0);
      const start = text.startsWith(form, next) ? next : text.indexOf(form, cursor);
      if (start < 0 || forms.length !== tags.length) continue;
      cursor = start + form.length;
      tokens.push({ form, start, end: cursor, units: forms.map((f, i) => ({ form: f, tag: tags[i]! })) });
    }
    sentences.push({ text, tokens });
  }
  return sentences;
}

/** A morpheme as its parts: an inflected ko-dic token by its expression (했 → 하+았), others whole. */
const unitsOf = (morphemes: Morpheme[]): Unit[] => morphemes.flatMap((m) => m.parts ?? [{ form: m.surface, tag: m.tag }]);

/**
 * Spelling differences between ko-dic and UD that are not errors, applied to both sides:
 * - vowel harmony of an ending: 았/었, 아/어, 아서/어서, 아요/어요 (UD writes 하+았 and 나누+었,
 *   ko-dic does not always agree on which), so 아 → 어 at the start of an ending;
 * - ko-dic writes a vowel that merged into the stem as a bare jamo (했 → 하+ㅕㅆ, 샀 → 사+ㅏㅆ, 줘 → 주+ㅓ): ㅓ → 어,
 *   ㅏㅆ/ㅕㅆ → 었; and 하+였, 하+여 (ko-dic) are UD's 하+었, 하+어: 였/여 → 었/어;
 * - ko-dic cuts 가서 as 가+서 where UD writes 가+아서: an ending 서/어서 after a stem ending in ㅏ/ㅓ
 *   is read as 어서 (the vowel contracted into the stem), likewise 야/어야 and 도/어도;
 * - endings that one side writes as one and the other as two: -세요 (ko-dic 시+어요), -(으)시오
 *   (UD 으시+오), -기에 "as, since" (UD 기/ETN + 에/JKB): each is read as the one ending;
 * - 거 is the spoken form of the bound noun 것; ko-dic and UD each write one or the other: 거 → 것;
 * - UD glues a symbol inside a token to the unit before it (2010-/SN + 11/SN, 0.3,/SN), ko-dic
 *   writes it apart (2010 + - + 11): a punctuation mark after a unit of the same token is read as part of it.
 */
function normalise(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const [i, unit] of units.entries()) {
    const previous = units[i - 1]?.form ?? '';
    if (tagInfo(unit.tag).role === 'symbol' && !/[\p{L}\p{N}]/u.test(unit.form) && out.length) {
      out.splice(-1, 1, { ...out.at(-1)!, form: out.at(-1)!.form + unit.form });
      continue;
    }
    if (tagInfo(unit.tag).nominal && unit.form === '거') {
      out.push({ ...unit, form: '것' });
      continue;
    }
    if (unit.form === '에' && tagInfo(unit.tag).role === 'josa' && out.at(-1)?.form === '기' && tagInfo(out.at(-1)!.tag).role === 'eomi') {
      out.splice(-1, 1, { form: '기에', tag: out.at(-1)!.tag });
      continue;
    }
    if (tagInfo(unit.tag).role !== 'eomi') {
      out.push(unit);
      continue;
    }
    let form = unit.form
      .replace(/^[ㅏㅓㅕ]ㅆ/, '었')
      .replace(/^[ㅓㅏ]/, '어')
      .replace(/^아/, '어')
      .replace(/^았/, '었')
      .replace(/^였/, '었');
    if (form.startsWith('여')) form = `어${form.slice(1)}`;
    if (/^(서|야|도)$/.test(form) && /[가-힣]$/.test(previous) && endsInVowel(previous, ['ㅏ', 'ㅓ'])) form = `어${form}`;
    const before = out.at(-1)?.form;
    if (form === '어요' && before === '시') out.splice(-1, 1, { form: '세요', tag: unit.tag });
    else if (form === '오' && (before === '시' || before === '으시')) out.splice(-1, 1, { form: `${before}오`, tag: unit.tag });
    else out.push({ ...unit, form });
  }
  return out;
}

const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
function endsInVowel(syllable: string, vowels: string[]): boolean {
  const code = syllable.charCodeAt(syllable.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 0 && vowels.includes(MEDIALS[Math.floor(code / 28) % 21]!);
}

/** Coarse class: the project's word classes, with proper nouns counted as nouns (UD's NNP/NNG line is not ko-dic's). */
const coarse = (tag: string) => (classifyTag(tag) === 'proper noun' ? 'noun' : classifyTag(tag));
const headUnit = (units: Unit[]) => units.find((unit) => tagInfo(unit.tag).head);
const role = (tag: string) => tagInfo(tag).role;
const isGrammar = (tag: string) => role(tag) === 'josa' || role(tag) === 'eomi';
const isLexicalPredicate = (tag: string) => role(tag) === 'lexical' && tagInfo(tag).predicate !== undefined;

type Score = { segmentation: number[]; headClass: number[]; lemma: number[]; grammarRecall: number[] };
const newScore = (): Score => ({ segmentation: [0, 0], headClass: [0, 0], lemma: [0, 0], grammarRecall: [0, 0] });
const tally = (pair: number[], ok: boolean) => {
  pair[0]! += ok ? 1 : 0;
  pair[1]! += 1;
};

/** Scores one side's morphemes of a sentence; `lemmaAt` gives that side's lemma for the eojeol at an offset. */
function score(s: Sentence, morphemes: Morpheme[], lemmaAt: (offset: number, units: Unit[]) => string | null, into: Score, label: string) {
  for (const token of s.tokens) {
    if (!/[\p{L}\p{N}]/u.test(token.form)) continue; // punctuation tokens: trivially right on both sides
    const inside = morphemes.filter((m) => m.start >= token.start && m.end <= token.end);
    const crosses = morphemes.some((m) => m.start < token.end && m.end > token.start && (m.start < token.start || m.end > token.end));
    const ours = normalise(unitsOf(inside));
    const gold = normalise(token.units);
    const shown = () => `${label} ${token.form}: gold ${show(gold)} | ours ${show(ours)}${crosses ? ' (crosses)' : ''}`;

    const segOk = !crosses && ours.length === gold.length && ours.every((u, i) => u.form === gold[i]!.form);
    tally(into.segmentation, segOk);
    if (dump === 'segmentation' && !segOk) console.error(shown());

    const goldHead = headUnit(gold);
    if (goldHead) {
      const ourHead = headUnit(ours);
      const ok = !!ourHead && coarse(ourHead.tag) === coarse(goldHead.tag);
      tally(into.headClass, ok);
      if (dump === 'headClass' && !ok) console.error(shown());
      if (isLexicalPredicate(goldHead.tag)) {
        const lemma = lemmaAt(token.start, ours);
        tally(into.lemma, lemma === `${goldHead.form}다`);
        if (dump === 'lemma' && lemma !== `${goldHead.form}다`) console.error(`${shown()} | lemma ${lemma}`);
      }
    }

    const pool = ours.filter((u) => isGrammar(u.tag));
    for (const unit of gold.filter((u) => isGrammar(u.tag))) {
      const k = pool.findIndex((u) => u.form === unit.form && role(u.tag) === role(unit.tag));
      tally(into.grammarRecall, k >= 0);
      if (k >= 0) pool.splice(k, 1);
      else if (dump === 'grammarRecall') console.error(`${shown()} | missed ${unit.form}/${unit.tag}`);
    }
  }
}

const show = (units: Unit[]) => units.map((u) => `${u.form}/${u.tag}`).join('+');
const percent = ([ok, all]: number[]) => Math.round((ok! / Math.max(all!, 1)) * 1000) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!existsSync(FILE)) {
  console.log(`UD benchmark skipped: ${path.relative(process.cwd(), FILE)} is absent`);
  console.log(JSON.stringify({ skipped: true }));
  process.exit(0);
}

const sentences = parseConllu(readFileSync(FILE, 'utf8'));
const { lexicon } = getCorpus();
const ours = newScore();
const raw = newScore();
for (const s of sentences) {
  const analysis = analyseKorean(s.text, lexicon);
  const eojeolAt = (offset: number) => analysis.eojeols.find((e) => e.start <= offset && offset < e.end);
  score(s, analysis.morphemes, (offset) => eojeolAt(offset)?.lemma ?? null, ours, 'analyser');
  // Raw ko-dic has no eojeol lemma: its first lexical stem + 다, as lindera's expression gives it.
  const rawLemma = (_: number, units: Unit[]) => {
    const head = headUnit(units);
    return head && isLexicalPredicate(head.tag) ? `${head.form}다` : (head?.form ?? null);
  };
  score(s, tokenizeKorean(s.text), rawLemma, raw, 'raw');
}

// Throughput on the whole text at once. Time is this process's CPU time (its GC and compiler threads
// included), not the wall clock: other work on a shared machine does not count. The two run in pairs,
// back to back, and the ratio is the median of the pairs' ratios, so that a slow spell of the machine
// hits both halves of a pair and not one side's median.
const whole = sentences.map((s) => s.text).join('\n');
const time = (fn: () => unknown) => {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return whole.length / ((user + system) / 1e6);
};
analyseKorean(whole, lexicon);
tokenizeKorean(whole);
const oursSpeed: number[] = [];
const rawSpeed: number[] = [];
const pairRatios: number[] = [];
for (let i = 0; i < 9; i++) {
  oursSpeed.push(time(() => analyseKorean(whole, lexicon)));
  rawSpeed.push(time(() => tokenizeKorean(whole)));
  pairRatios.push(oursSpeed.at(-1)! / rawSpeed.at(-1)!);
}

const summary = (s: Score, speed: number[]) => ({
  segmentation: percent(s.segmentation),
  headClass: percent(s.headClass),
  lemma: percent(s.lemma),
  grammarRecall: percent(s.grammarRecall),
  charsPerSec: Math.round(median(speed)),
});
const result = {
  sentences: sentences.length,
  eojeols: ours.segmentation[1],
  analyser: summary(ours, oursSpeed),
  raw: summary(raw, rawSpeed),
  ratio: Math.round(median(pairRatios) * 1000) / 1000,
};
for (const key of ['segmentation', 'headClass', 'lemma', 'grammarRecall'] as const)
  console.log(
    `${key.padEnd(14)} analyser ${result.analyser[key].toFixed(1)} %  raw ${result.raw[key].toFixed(1)} %  (${ours[key][1]} items)`,
  );
console.log(
  `throughput     analyser ${result.analyser.charsPerSec} chars/s  raw ${result.raw.charsPerSec} chars/s (CPU time)  ratio ${result.ratio} (median of ${pairRatios.length} pairs)`,
);
console.log(JSON.stringify(result));
