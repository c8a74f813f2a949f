import type { Doc, Token } from '../analysis/doc.js';

/** Words that open a new clause: a subject never reaches back past them. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'because', 'but', 'while', 'although', 'though', 'if', 'when', 'since', 'so', 'than', 'as']);
/** Punctuation inside a phrase ("two-factor", "don't"): no break. */
const IN_WORD = new Set(["'", '-', '/']);
/** How far back a clause start is looked for, in tokens (keeps long sentences linear). */
const REACH = 12;

/** A token that closes the clause before it: punctuation, a subordinator, a relative pronoun. */
export function isClauseBreak(token: Token): boolean {
  return (token.pos === 'PUNCT' && !IN_WORD.has(token.lower)) || token.pos === 'SCONJ' || CLAUSE_WORDS.has(token.lower);
}

/** The first token of the clause that holds token `at`: after the nearest break (or "and") before it. */
export function clauseStart(doc: Doc, at: number): number {
  const { tokens } = doc;
  const floor = Math.max(doc.sentences[tokens[at]!.sentence]!.tokenStart, at - REACH);
  let t = at - 1;
  while (t >= floor && !isClauseBreak(tokens[t]!) && tokens[t]!.lower !== 'and') t--;
  return t + 1;
}
