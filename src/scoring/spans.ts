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

const LETTER = /[\p{L}\p{N}]/u;
/** Contraction endings wink splits off a word ("CrowdStrike's", "we're"), apostrophes folded as in token.lower. */
const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

/**
 * True when tokens `a` and `a + 1` touch and are one word: letters on both sides of the seam
 * ("does|n't", "10|x") or a contraction ending on the right. A closing quote mark is not part
 * of the word before it.
 */
function glued(doc: Doc, a: number): boolean {
  const left = doc.tokens[a];
  const right = doc.tokens[a + 1];
  if (!left || !right || left.end !== right.start || left.sentence !== right.sentence) return false;
  if (!LETTER.test(doc.text[right.start - 1]!)) return false;
  return LETTER.test(doc.text[right.start]!) || CLITICS.has(right.lower);
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
