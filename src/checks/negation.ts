import type { Doc } from '../analysis/doc.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nothing', 'nobody', 'without', 'none', 'neither', 'nor', 'cannot']);
/** How far back a negator reaches: "No customer data was accessed" (4 tokens). */
const REACH = 5;

/**
 * True when the span starting at `tokenStart` is said not to be so: a close negator before
 * it whose scope (wink's negation flag) covers the span, or, when the pattern opens with a
 * word class (`openClass`), a negator among the adverbs it took in ("never apologize" matched
 * by "<ADV>* [apologize]"). A negator the pattern names is its own ("cannot log in", "did
 * not test", "won't happen again") and does not count. wink's flag alone runs to the end of
 * the clause, which would negate "we made a mistake" in "We did not see it coming, and we
 * made a mistake".
 */
export function isNegated(doc: Doc, tokenStart: number, openClass = false): boolean {
  const { tokens } = doc;
  for (let t = tokenStart; openClass && t < tokens.length && (tokens[t]!.pos === 'ADV' || tokens[t]!.pos === 'PART'); t++) {
    if (NEGATORS.has(tokens[t]!.lower)) return true;
  }
  const first = tokens[tokenStart]!;
  if (!first.negated) return false;
  const floor = Math.max(doc.sentences[first.sentence]!.tokenStart, tokenStart - REACH);
  for (let t = tokenStart - 1; t >= floor; t--) if (NEGATORS.has(tokens[t]!.lower)) return true;
  return false;
}
