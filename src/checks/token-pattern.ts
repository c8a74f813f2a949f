import type { Token } from '../analysis/doc.js';

/**
 * Token patterns: the only pattern language a rubric file can hold. A pattern is a
 * space-separated list of elements, each matching one token:
 *
 *   word        the token, lower-cased ("sorry"; apostrophes folded: "n't", "'re")
 *   [lemma]     any form of a lemma ("[apologize]" matches apologize, apologized, ...);
 *               "[push|send]" any form of either
 *   <POS>       a part of speech ("<ADV>", "<NOUN|PROPN>")
 *   _           any token
 *   !x          any token that does not match x ("!than")
 *   a|[b]|<C>   alternatives
 *   x?          optional;  x*  zero to four of them (bounded, so a rubric can't make matching slow)
 *
 * No regular expression from a file is ever built or run.
 */

const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

export type TokenTest =
  | { type: 'word'; value: string }
  | { type: 'lemma'; value: string }
  | { type: 'pos'; values: string[] }
  | { type: 'any' };

export interface PatternElement {
  tests: TokenTest[];
  negate: boolean;
  min: 0 | 1;
  max: number;
}

export interface CompiledPattern {
  source: string;
  elements: PatternElement[];
}

/** Repetition bound of `*`. */
export const MAX_REPEAT = 4;

export class PatternSyntaxError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(`Invalid token pattern "${pattern}": ${message}`);
    this.name = 'PatternSyntaxError';
  }
}

function parseTests(raw: string, pattern: string): TokenTest[] {
  if (raw === '_') return [{ type: 'any' }];
  if (raw.startsWith('[') || raw.endsWith(']')) {
    const values = raw.slice(1, -1).split('|');
    if (!raw.startsWith('[') || !raw.endsWith(']') || values.some((v) => v === '' || /[<>[\]]/.test(v))) {
      throw new PatternSyntaxError(pattern, `bad lemma "${raw}"`);
    }
    return values.map((v) => ({ type: 'lemma', value: v.toLowerCase() }));
  }
  if (raw.startsWith('<') || raw.endsWith('>')) {
    const inner = raw.slice(1, -1);
    if (!raw.startsWith('<') || !raw.endsWith('>') || inner === '') throw new PatternSyntaxError(pattern, `bad part of speech "${raw}"`);
    const values = inner.split('|').map((p) => p.toUpperCase());
    const unknown = values.find((v) => !POS_TAGS.has(v));
    if (unknown !== undefined) throw new PatternSyntaxError(pattern, `unknown part of speech "${unknown}" in "${raw}"; known: ${[...POS_TAGS].join(', ')}`);
    return [{ type: 'pos', values }];
  }
  if (/[<>[\]]/.test(raw)) throw new PatternSyntaxError(pattern, `stray bracket in "${raw}"`);
  return [{ type: 'word', value: raw.toLowerCase().replace(/[\u2018\u2019]/g, "'") }];
}

/** Splits "a|<B|C>|[d|e]" at the bars that are outside brackets. */
function splitAlternatives(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of raw) {
    if (ch === '<' || ch === '[') depth++;
    if (ch === '>' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function parsePattern(source: string): CompiledPattern {
  const raws = source.trim().split(/\s+/).filter(Boolean);
  if (raws.length === 0) throw new PatternSyntaxError(source, 'empty pattern');
  const elements = raws.map((raw): PatternElement => {
    let body = raw;
    let min: 0 | 1 = 1;
    let max = 1;
    if (body.length > 1 && body.endsWith('?')) {
      body = body.slice(0, -1);
      min = 0;
    } else if (body.length > 1 && body.endsWith('*')) {
      body = body.slice(0, -1);
      min = 0;
      max = MAX_REPEAT;
    }
    let negate = false;
    if (body.length > 1 && body.startsWith('!')) {
      negate = true;
      body = body.slice(1);
    }
    if (body.length > 1 && /^!|[?*]$/.test(body)) throw new PatternSyntaxError(source, `doubled modifier in "${raw}"`);
    const alternatives = splitAlternatives(body);
    if (alternatives.some((a) => a === '')) throw new PatternSyntaxError(source, `empty alternative in "${raw}"`);
    return { tests: alternatives.flatMap((a) => parseTests(a, source)), negate, min, max };
  });
  if (elements.every((e) => e.min === 0)) throw new PatternSyntaxError(source, 'every element is optional');
  return { source, elements };
}

function passes(test: TokenTest, token: Token): boolean {
  switch (test.type) {
    case 'word':
      return token.lower === test.value;
    case 'lemma':
      return token.lemma === test.value || token.lower === test.value || (token.lemma === token.lower && stems(token.lower, test.value));
    case 'pos':
      return test.values.includes(token.pos);
    case 'any':
      return true;
  }
}

/**
 * wink leaves some inflected forms unlemmatized (participles tagged ADJ: "offended"; capitalised
 * nouns tagged PROPN: "Mistakes"). For those, an inflection suffix on the lemma still matches.
 */
function stems(word: string, lemma: string): boolean {
  if (!word.startsWith(lemma.slice(0, -1))) return false;
  const rest = word.slice(lemma.length);
  return (word.startsWith(lemma) && (rest === 's' || rest === 'es' || rest === 'ed' || rest === 'd' || rest === 'ing')) ||
    (lemma.endsWith('e') && word === `${lemma.slice(0, -1)}ing`) ||
    (lemma.endsWith('y') && (word === `${lemma.slice(0, -1)}ied` || word === `${lemma.slice(0, -1)}ies`));
}

export function elementMatches(element: PatternElement, token: Token): boolean {
  const hit = element.tests.some((t) => passes(t, token));
  return element.negate ? !hit : hit;
}

/**
 * Longest match of `pattern` starting at token `from`, not crossing `limit` (the end of
 * the sentence). Returns the exclusive end index, or -1. Backtracking is bounded by the
 * pattern's length and MAX_REPEAT.
 */
export function matchAt(pattern: CompiledPattern, tokens: Token[], from: number, limit: number): number {
  const { elements } = pattern;
  const step = (e: number, t: number): number => {
    if (e === elements.length) return t;
    const element = elements[e]!;
    // Take as many as allowed, then back off: the longest match wins.
    let count = 0;
    while (count < element.max && t + count < limit && elementMatches(element, tokens[t + count]!)) count++;
    for (let n = count; n >= element.min; n--) {
      const end = step(e + 1, t + n);
      if (end !== -1) return end;
    }
    return -1;
  };
  return step(0, from);
}

/**
 * Keys under which a pattern can be found from its first token: its literal words and lemmas.
 * A pattern whose first element is optional, negated or a part of speech has no keys and is
 * tried at every token.
 */
export function indexKeys(pattern: CompiledPattern): string[] | null {
  const first = pattern.elements[0]!;
  if (first.min === 0 || first.negate) return null;
  const keys: string[] = [];
  for (const test of first.tests) {
    if (test.type === 'word') keys.push(`w:${test.value}`);
    else if (test.type === 'lemma') keys.push(`l:${test.value}`, `w:${test.value}`);
    else return null;
  }
  return keys;
}
