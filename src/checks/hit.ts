import type { Doc } from '../analysis/doc.js';

/** A span a check found: tokens `[tokenStart, tokenEnd)` of one sentence. */
export interface Hit {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Id of the named check that found it (the nearest `id` in the rubric). */
  check: string;
}

export function hitFromTokens(doc: Doc, tokenStart: number, tokenEnd: number, check: string): Hit {
  return { tokenStart, tokenEnd, sentence: doc.tokens[tokenStart]!.sentence, check };
}

/** Character span of a hit in the statement. */
export function hitSpan(doc: Doc, hit: Hit): { start: number; end: number; text: string } {
  const start = doc.tokens[hit.tokenStart]!.start;
  const end = doc.tokens[hit.tokenEnd - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function byPosition(a: Hit, b: Hit): number {
  return a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd;
}

/** Sorted, without exact duplicates. `hits` is not changed. */
export function uniqueHits(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort(byPosition);
  let kept = 1;
  for (let n = 1; n < sorted.length; n++) {
    const hit = sorted[n]!;
    const last = sorted[kept - 1]!;
    if (hit.tokenStart !== last.tokenStart || hit.tokenEnd !== last.tokenEnd) sorted[kept++] = hit;
  }
  sorted.length = kept;
  return sorted;
}
