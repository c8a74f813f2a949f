import type { Doc } from '../analysis/doc.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nothing', 'without', 'none', 'neither', 'nor', 'cannot']);
/** How far back a negator reaches: "No customer data was accessed" (4 tokens). */
const REACH = 5;

/**
 * True when the span starting at `tokenStart` is said not to be so: a close negator before
 * it whose scope (wink's negation flag) covers the span. A negator inside the span is the
 * pattern's own ("cannot log in", "did not test") and does not count. wink's flag alone runs
 * to the end of the clause, which would negate "we made a mistake" in "We did not see it
 * coming, and we made a mistake".
 */
export function isNegated(doc: Doc, tokenStart: number): boolean {
  const { tokens } = doc;
  const first = tokens[tokenStart]!;
  if (!first.negated) return false;
  const floor = Math.max(doc.sentences[first.sentence]!.tokenStart, tokenStart - REACH);
  for (let t = tokenStart - 1; t >= floor; t--) if (NEGATORS.has(tokens[t]!.lower)) return true;
  return false;
}
