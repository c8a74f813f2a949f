import type { Token } from '../analysis/doc.js';
import { POS_TAGS, type CompiledPattern } from './token-pattern.js';

/**
 * Token patterns compiled into one array of integers, and tokens read as integers: the word
 * and lemma ids of a vocabulary holding every word the patterns name, and a bit for the tag.
 *
 * Why: the matcher runs right after wink has read a statement, which leaves little of the
 * matcher's data in the CPU caches. Walking pattern objects (elements, tests, sets of forms)
 * and comparing strings then costs a cache miss at almost every step; the same walk over a
 * few kilobytes of integers does not.
 *
 * A pattern's code: its element count E, E offsets (one per element), then each element:
 * min, max, negate (0|1), test count, then its tests:
 *   WORD id | LEMMA id formCount formId... | POS mask | ANY
 */
const WORD = 0;
const LEMMA = 1;
const POS = 2;
const ANY = 3;

/** A part of speech as a bit, for `<POS>` tests; 0 for a tag the patterns can't name. */
const POS_BITS = new Map<string, number>([...POS_TAGS].map((tag, n) => [tag, 1 << n]));

function posBit(pos: string): number {
  return POS_BITS.get(pos) ?? 0;
}

/** A statement's tokens as the program reads them; ids are -1 for words outside the vocabulary. */
export interface TokenCodes {
  lower: Int32Array;
  /** The lemma's id, or -2 when the lemma differs from the lower-case form and is not in the vocabulary. */
  lemma: Int32Array;
  pos: Int32Array;
}

export class PatternProgram {
  /** Every word, lemma and inflected form the patterns name, by id. */
  readonly vocabulary = new Map<string, number>();
  private code: number[] = [];
  private compiled: Int32Array = new Int32Array(0);

  /** Adds a pattern; returns where its code starts. */
  add(pattern: CompiledPattern): number {
    const start = this.code.length;
    const { elements } = pattern;
    this.code.push(elements.length);
    const offsets = this.code.length;
    for (let e = 0; e < elements.length; e++) this.code.push(0);
    elements.forEach((element, e) => {
      this.code[offsets + e] = this.code.length;
      this.code.push(element.min, element.max, element.negate ? 1 : 0, element.tests.length);
      for (const test of element.tests) {
        if (test.type === 'word') this.code.push(WORD, this.id(test.value));
        else if (test.type === 'lemma') this.code.push(LEMMA, this.id(test.value), test.forms.size, ...[...test.forms].map((f) => this.id(f)));
        else if (test.type === 'pos') this.code.push(POS, test.values.reduce((mask, v) => mask | posBit(v), 0));
        else this.code.push(ANY);
      }
    });
    return start;
  }

  /** The id of a word, added to the vocabulary if new. */
  id(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
    }
    return id;
  }

  /** Freezes the code into a typed array; call once all patterns are added. */
  finish(): void {
    this.compiled = Int32Array.from(this.code);
  }

  /** Reads a statement's tokens as codes: one vocabulary lookup per form (two when the lemma differs). */
  codes(tokens: readonly Token[]): TokenCodes {
    const n = tokens.length;
    const lower = new Int32Array(n);
    const lemma = new Int32Array(n);
    const pos = new Int32Array(n);
    const vocabulary = this.vocabulary;
    for (let t = 0; t < n; t++) {
      const token = tokens[t]!;
      const id = vocabulary.get(token.lower) ?? -1;
      lower[t] = id;
      lemma[t] = token.lemma === token.lower ? id : (vocabulary.get(token.lemma) ?? -2);
      pos[t] = posBit(token.pos);
    }
    return { lower, lemma, pos };
  }

  /**
   * Longest match of the pattern whose code starts at `at`, from token `from`, not crossing
   * `limit`: the exclusive end index, or -1. Backtracking is bounded by the pattern's length
   * and the `*` bound.
   */
  matchAt(at: number, codes: TokenCodes, from: number, limit: number): number {
    return this.matchFrom(at, 0, codes, from, limit);
  }

  private matchFrom(at: number, e: number, codes: TokenCodes, t: number, limit: number): number {
    const code = this.compiled;
    const count = code[at]!;
    // Elements that occur exactly once need no backtracking: walk them in a loop.
    while (e < count) {
      const el = code[at + 1 + e]!;
      if (code[el] !== 1 || code[el + 1] !== 1) break;
      if (t >= limit || !this.elementMatches(el, codes, t)) return -1;
      e++;
      t++;
    }
    if (e === count) return t;
    const el = code[at + 1 + e]!;
    const min = code[el]!;
    const max = code[el + 1]!;
    // Take as many as allowed, then back off: the longest match wins.
    let taken = 0;
    while (taken < max && t + taken < limit && this.elementMatches(el, codes, t + taken)) taken++;
    for (let n = taken; n >= min; n--) {
      const end = this.matchFrom(at, e + 1, codes, t + n, limit);
      if (end !== -1) return end;
    }
    return -1;
  }

  private elementMatches(el: number, codes: TokenCodes, t: number): boolean {
    const code = this.compiled;
    const tests = code[el + 3]!;
    const lower = codes.lower[t]!;
    let hit = false;
    let k = el + 4;
    for (let n = 0; n < tests && !hit; n++) {
      switch (code[k]) {
        case WORD:
          hit = lower === code[k + 1];
          k += 2;
          break;
        case LEMMA: {
          const id = code[k + 1]!;
          const forms = code[k + 2]!;
          const lemma = codes.lemma[t]!;
          hit = lemma === id || lower === id;
          // A form the tagger left unlemmatized ("offended" as ADJ) counts when the token is its own lemma.
          if (!hit && lemma === lower && lower >= 0) for (let f = 0; f < forms && !hit; f++) hit = code[k + 3 + f] === lower;
          k += 3 + forms;
          break;
        }
        case POS:
          hit = (codes.pos[t]! & code[k + 1]!) !== 0;
          k += 2;
          break;
        default:
          hit = true;
          k += 1;
      }
    }
    return code[el + 2] === 1 ? !hit : hit;
  }
}
