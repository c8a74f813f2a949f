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

export const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

export type TokenTest =
  | { type: 'word'; value: string }
  | { type: 'lemma'; value: string; /** Its regular inflections, built once when the pattern is parsed. */ forms: ReadonlySet<string> }
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
    return values.map((v) => ({ type: 'lemma', value: v.toLowerCase(), forms: inflections(v.toLowerCase()) }));
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
  return [{ type: 'word', value: wordValue(raw) }];
}

const SPECIAL = /[<>[\]|!?*]/;

/** A word as token.lower has it: lower case, typographic apostrophes folded. */
function wordValue(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
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
    // Most elements are plain words: no brackets, bars or modifiers to read.
    if (raw !== '_' && !SPECIAL.test(raw)) return { tests: [{ type: 'word', value: wordValue(raw) }], negate: false, min: 1, max: 1 };
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
    const tests: TokenTest[] = [];
    for (const alternative of alternatives) tests.push(...parseTests(alternative, source));
    return { tests, negate, min, max };
  });
  if (elements.every((e) => e.min === 0)) throw new PatternSyntaxError(source, 'every element is optional');
  return { source, elements };
}

const INFLECTIONS = new Map<string, ReadonlySet<string>>();

/**
 * The regular inflected forms of a lemma, built once per lemma. wink leaves some inflected forms
 * unlemmatized (participles tagged ADJ: "offended"; capitalised nouns tagged PROPN: "Mistakes");
 * for those, an inflection suffix on the lemma still matches.
 */
export function inflections(lemma: string): ReadonlySet<string> {
  let forms = INFLECTIONS.get(lemma);
  if (!forms) {
    const stem = lemma.slice(0, -1);
    const list = ['s', 'es', 'ed', 'd', 'ing'].map((suffix) => lemma + suffix);
    if (lemma.endsWith('e')) list.push(`${stem}ing`);
    if (lemma.endsWith('y')) list.push(`${stem}ied`, `${stem}ies`);
    forms = new Set(list);
    INFLECTIONS.set(lemma, forms);
  }
  return forms;
}

/** Where a pattern is looked up from: the keys of its anchor element and where that element can sit in a match. */
export interface PatternAnchor {
  /**
   * `w:` a word, `l:` a lemma, `p:` a part of speech. A lemma is also filed as a word, with
   * its regular inflections: wink leaves some forms unlemmatized ("offended"), and the
   * lemma test accepts them.
   */
  keys: string[];
  /** Fewest and most tokens between the start of a match and the anchor element. */
  minOffset: number;
  maxOffset: number;
}

/**
 * Function words that open many patterns; a pattern anchored on one of them would be tried
 * at most tokens, so another literal element is preferred as its anchor.
 */
const COMMON = new Set(['w:be', 'l:be', 'w:have', 'l:have', 'w:do', 'l:do', 'w:to', 'w:a', 'w:an', 'w:the', 'w:of', 'w:in', 'w:for', 'w:and', 'w:we', 'w:our', 'w:it', 'w:this', 'w:is', 'w:are', 'w:was', 'w:were']);

function keysOf(element: PatternElement): string[] | null {
  if (element.negate) return null;
  const keys: string[] = [];
  for (const test of element.tests) {
    if (test.type === 'word') keys.push(`w:${test.value}`);
    else if (test.type === 'lemma') keys.push(`l:${test.value}`, `w:${test.value}`, ...[...test.forms].map((f) => `w:${f}`));
    else if (test.type === 'pos') keys.push(...test.values.map((v) => `p:${v}`));
    else return null;
  }
  return keys;
}

/**
 * The element a pattern is indexed under, so that each token tries only the patterns that
 * can match around it: a required literal element that is not a common function word, else
 * any required literal one, else a required part of speech. A token with one of its keys
 * tries the pattern from every start that puts the anchor on that token. Null when no
 * required element has keys (`_`, negated elements): such a pattern is tried at every token.
 */
export function patternAnchor(pattern: CompiledPattern): PatternAnchor | null {
  const candidates: PatternAnchor[] = [];
  let minOffset = 0;
  let maxOffset = 0;
  for (const element of pattern.elements) {
    const keys = element.min === 1 ? keysOf(element) : null;
    if (keys !== null) candidates.push({ keys, minOffset, maxOffset });
    minOffset += element.min;
    maxOffset += element.max;
  }
  const literal = (a: PatternAnchor) => a.keys.every((k) => !k.startsWith('p:'));
  return (
    candidates.find((a) => literal(a) && a.keys.every((k) => !COMMON.has(k))) ??
    candidates.find(literal) ??
    candidates[0] ??
    null
  );
}
