import 'server-only';
import { PRETENDARD_SUBSETS } from './pretendard-subsets';

/** Code point → index of the Pretendard subset that draws it (built once, on first use). */
let owners: Map<number, number> | undefined;

function ownerOf(codePoint: number): number | undefined {
  if (!owners) {
    owners = new Map();
    PRETENDARD_SUBSETS.forEach(([, ranges], index) => {
      for (let i = 0; i < ranges.length; i += 2) for (let c = ranges[i]!; c <= ranges[i + 1]!; c++) owners!.set(c, index);
    });
  }
  return owners.get(codePoint);
}

/** Characters drawn by 'Hanyeong Latin' (app/globals.css), never by Pretendard: they need no subset. */
const LATIN = /[\u0000-\u00ff\u2000-\u206f]/;

/**
 * The URLs of the Pretendard subsets that the given text needs, in the order their characters
 * first appear (so the first screen's subsets come first). A page preloads them, so its Korean is
 * drawn in Pretendard from its first paint instead of swapping in subset by subset, which moved
 * lines (CLS) while the fallback and the arriving subsets were mixed.
 */
export function pretendardSubsetsFor(...texts: string[]): string[] {
  const found = new Set<number>();
  for (const text of texts)
    for (const char of text) {
      if (LATIN.test(char)) continue;
      const owner = ownerOf(char.codePointAt(0)!);
      if (owner !== undefined) found.add(owner);
    }
  return [...found].map((index) => PRETENDARD_SUBSETS[index]![0]);
}
