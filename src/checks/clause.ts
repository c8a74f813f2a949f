import type { Doc } from '../analysis/doc.js';

/** Words and marks that open a new clause: a subject never reaches back past them. */
export const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', '(', 'that', 'which', 'who', 'and', 'but', 'because', 'while', 'although', 'though', 'if', 'when', 'since']);
/** How far back a clause start is looked for, in tokens (keeps long sentences linear). */
const REACH = 12;

/** The first token of the clause that holds token `at`: after the nearest opener before it. */
export function clauseStart(doc: Doc, at: number): number {
  const { tokens } = doc;
  const floor = Math.max(doc.sentences[tokens[at]!.sentence]!.tokenStart, at - REACH);
  let t = at - 1;
  while (t >= floor && !CLAUSE_OPENERS.has(tokens[t]!.lower)) t--;
  return t + 1;
}
