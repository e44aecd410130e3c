import 'server-only';
import { createRequire } from 'node:module';
import { parseExpression } from './ko-dic';
import { TAG, classifyTag, isPredicateTag, tagForUnknown } from './tags';
import { newMorpheme, type Morpheme } from './types';

/** The fields of a lindera token that the project reads; nothing else sees this shape. */
type LinderaToken = {
  surface: string;
  byteStart: number;
  byteEnd: number;
  partOfSpeechTag: string;
  type?: string;
  expression?: string;
  /** ko-dic's semantic class of some nouns: 인명 (a person's name), 지명 (a place name), 행위 … */
  meaning?: string;
};
type Tokenizer = { tokenize(text: string): LinderaToken[] };

// Next bundles each route separately, so a module-level variable could exist once per bundle:
// the tokenizer lives on globalThis to be truly one per process.
const shared = globalThis as typeof globalThis & { __hanyeongTokenizer?: { tokenizer: Tokenizer } };

/**
 * The one ko-dic tokenizer of this process, built on first use (about 0.5 s) and reused.
 * The wasm package is loaded at run time by Node, never bundled (see serverExternalPackages).
 */
export function getTokenizer(): Tokenizer {
  if (shared.__hanyeongTokenizer) return shared.__hanyeongTokenizer.tokenizer;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const { TokenizerBuilder } = require('lindera-wasm-nodejs-cjk') as { TokenizerBuilder: new () => LinderaBuilder };
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ko-dic');
  builder.setMode('normal');
  const tokenizer = builder.build();
  const initMs = performance.now() - started;
  shared.__hanyeongTokenizer = { tokenizer };
  // `npm run bench` counts these lines in the build log: one per process, never one per page.
  if (process.env.HANYEONG_LOG_ANALYSER) console.log(`[analyser] ko-dic loaded in ${initMs.toFixed(0)} ms (pid ${process.pid})`);
  return tokenizer;
}

type LinderaBuilder = { setDictionary(uri: string): void; setMode(mode: string): void; build(): Tokenizer };

/**
 * Runs ko-dic over `text` and converts lindera's tokens into the project's morphemes: UTF-8
 * byte offsets become UTF-16 offsets into the whole input (`offset` is where `text` starts).
 * e.g. tokenizeKorean('자금을', 10) → [자금/NNG 10–12, 을/JKO 12–13]
 */
export function tokenizeKorean(text: string, offset = 0): Morpheme[] {
  if (!/\S/.test(text)) return [];
  const toUtf16 = byteToUtf16(text);
  return getTokenizer()
    .tokenize(text)
    .filter((token) => /\S/.test(token.surface))
    .map((token) => toMorpheme(token, offset + toUtf16(token.byteStart), offset + toUtf16(token.byteEnd)));
}

function toMorpheme(token: LinderaToken, start: number, end: number): Morpheme {
  const tag = token.partOfSpeechTag === TAG.UNK ? tagForUnknown(token.surface) : token.partOfSpeechTag;
  const parts = token.type === 'Inflect' ? parseExpression(token.expression) : [];
  const head = parts[0];
  const lemma = head && isPredicateTag(head.tag) ? `${head.form}다` : isPredicateTag(tag) ? `${token.surface}다` : token.surface;
  return newMorpheme({
    surface: token.surface,
    start,
    end,
    tag,
    wordClass: classifyTag(tag),
    lemma,
    parts: parts.length ? parts : undefined,
    nameKind: NAME_KINDS[token.meaning ?? ''],
  });
}

const NAME_KINDS: Record<string, Morpheme['nameKind']> = { 인명: 'person', 지명: 'place' };

/** A function from UTF-8 byte offset to UTF-16 offset within `text`. */
function byteToUtf16(text: string): (byte: number) => number {
  const table = new Map<number, number>();
  let byte = 0;
  let index = 0;
  for (const char of text) {
    table.set(byte, index);
    const code = char.codePointAt(0)!;
    byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += char.length;
  }
  table.set(byte, index);
  return (offset) => table.get(offset) ?? index;
}
