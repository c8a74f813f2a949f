import type { Doc } from '../analysis/doc.js';
import { byPosition, type Hit } from '../checks/hit.js';

export interface Span {
  start: number;
  end: number;
  text: string;
  check: string;
}

/**
 * Hits as character spans, sorted, overlapping ones merged into one (the first check's
 * name kept). One linear pass after the sort. A span never starts or ends inside a word:
 * wink splits "doesn't" into "does" and "n't", and a pattern that starts at "n't" is quoted
 * as "doesn't happen again", not "n't happen again".
 */
export function mergedSpans(doc: Doc, hits: Hit[]): Span[] {
  if (hits.length === 0) return [];
  const out: Span[] = [];
  const sorted = hits.length === 1 ? hits : [...hits].sort(byPosition);
  for (const hit of sorted) {
    const start = wordStart(doc, hit.tokenStart);
    const end = wordEnd(doc, hit.tokenEnd - 1);
    const last = out[out.length - 1];
    if (last && start < last.end) {
      if (end > last.end) last.end = end;
    } else out.push({ start, end, text: '', check: hit.check });
  }
  // The text is cut once per merged span, after merging.
  for (const span of out) span.text = doc.text.slice(span.start, span.end);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}'\u2019]/u;

/** True when tokens `a` and `a + 1` touch and the characters on either side of the seam belong to one word. */
function glued(doc: Doc, a: number): boolean {
  const left = doc.tokens[a];
  const right = doc.tokens[a + 1];
  if (!left || !right || left.end !== right.start || left.sentence !== right.sentence) return false;
  return WORD_CHAR.test(doc.text[right.start - 1]!) && WORD_CHAR.test(doc.text[right.start]!);
}

/** Start of the word that token `t` begins or continues. */
function wordStart(doc: Doc, t: number): number {
  while (glued(doc, t - 1)) t--;
  return doc.tokens[t]!.start;
}

/** End of the word that token `t` ends or begins. */
function wordEnd(doc: Doc, t: number): number {
  while (glued(doc, t)) t++;
  return doc.tokens[t]!.end;
}
