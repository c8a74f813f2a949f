import type { Doc } from '../analysis/doc.js';
import { PatternProgram, type TokenCodes } from './pattern-program.js';
import { patternAnchor, POS_TAGS, type CompiledPattern } from './token-pattern.js';

/** A lexicon match: tokens `[tokenStart, tokenEnd)` matched one of the lexicon's patterns. */
export interface LexiconMatch {
  tokenStart: number;
  tokenEnd: number;
  /** The pattern opens with a word class ("<ADV>* sorry"), which may have taken in a negator ("never"). */
  openClass: boolean;
}

/** Pattern numbers filed under keys 0..n-1, as one flat list with the start of each key's run. */
class AnchorTable {
  private lists: number[][] = [];
  starts = new Int32Array(1);
  patterns = new Int32Array(0);

  add(key: number, pattern: number): void {
    (this.lists[key] ??= []).push(pattern);
  }

  finish(keys: number): void {
    this.starts = new Int32Array(keys + 1);
    const flat: number[] = [];
    for (let k = 0; k < keys; k++) {
      this.starts[k] = flat.length;
      for (const p of this.lists[k] ?? []) flat.push(p);
    }
    this.starts[keys] = flat.length;
    this.patterns = Int32Array.from(flat);
    this.lists = [];
  }
}

/**
 * Every lexicon of a rubric compiled into one index keyed by a word, lemma or part of speech
 * of each pattern (see patternAnchor), so that one pass over the tokens finds the matches of
 * all lexicons at once and each token tries only the patterns that can match around it.
 * Patterns and the index are integers (see pattern-program.ts).
 */
export class LexiconMatcher {
  private readonly ids: string[] = [];
  private readonly program = new PatternProgram();
  private readonly byWord = new AnchorTable();
  private readonly byLemma = new AnchorTable();
  private readonly byPos = new AnchorTable();
  private readonly unkeyed: number[] = [];
  /** Per pattern: its lexicon, where its code starts, the anchor's fewest and most tokens from the match start, and whether it opens with a word class. */
  private readonly lexicon: Int32Array;
  private readonly code: Int32Array;
  private readonly minOffset: Int32Array;
  private readonly maxOffset: Int32Array;
  private readonly openClass: Uint8Array;
  private readonly anyPos: boolean;

  /** `lexicons`: each lexicon's parsed patterns, by lexicon id. */
  constructor(lexicons: ReadonlyMap<string, readonly CompiledPattern[]>) {
    const lexicon: number[] = [];
    const code: number[] = [];
    const minOffset: number[] = [];
    const maxOffset: number[] = [];
    const openClass: number[] = [];
    const tags = [...POS_TAGS];
    for (const [id, patterns] of lexicons) {
      const n = this.ids.push(id) - 1;
      for (const pattern of patterns) {
        const p = lexicon.push(n) - 1;
        code.push(this.program.add(pattern));
        const first = pattern.elements[0]!;
        openClass.push(first.negate || first.tests.some((t) => t.type === 'pos' || t.type === 'any') ? 1 : 0);
        const anchor = patternAnchor(pattern);
        minOffset.push(anchor?.minOffset ?? 0);
        maxOffset.push(anchor?.maxOffset ?? 0);
        if (anchor === null) this.unkeyed.push(p);
        for (const key of new Set(anchor?.keys ?? [])) {
          const value = key.slice(2);
          if (key.startsWith('w:')) this.byWord.add(this.program.id(value), p);
          else if (key.startsWith('l:')) this.byLemma.add(this.program.id(value), p);
          else this.byPos.add(tags.indexOf(value), p);
        }
      }
    }
    this.program.finish();
    const words = this.program.vocabulary.size;
    this.byWord.finish(words);
    this.byLemma.finish(words);
    this.byPos.finish(tags.length);
    this.anyPos = this.byPos.patterns.length > 0;
    this.lexicon = Int32Array.from(lexicon);
    this.code = Int32Array.from(code);
    this.minOffset = Int32Array.from(minOffset);
    this.maxOffset = Int32Array.from(maxOffset);
    this.openClass = Uint8Array.from(openClass);
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /**
   * All matches of all lexicons, by lexicon id, in text order; the longest match per start and
   * lexicon. A lexicon without a match has no entry (most have none in a given statement).
   */
  match(doc: Doc): Map<string, LexiconMatch[]> {
    const found: (LexiconMatch[] | undefined)[] = [];
    const codes = this.program.codes(doc.tokens);
    const tryAll = (table: Int32Array, from: number, to: number, t: number, first: number, limit: number) => {
      for (let k = from; k < to; k++) this.tryPattern(table[k]!, codes, t, first, limit, found);
    };
    const word = this.byWord;
    const lemma = this.byLemma;
    const pos = this.byPos;
    // Most rubrics anchor every pattern on a word; the part-of-speech and unkeyed lists are then empty and skipped.
    const unkeyed = this.unkeyed;
    for (const sentence of doc.sentences) {
      const first = sentence.tokenStart;
      const limit = sentence.tokenEnd;
      for (let t = first; t < limit; t++) {
        const w = codes.lower[t]!;
        if (w >= 0 && word.starts[w]! < word.starts[w + 1]!) tryAll(word.patterns, word.starts[w]!, word.starts[w + 1]!, t, first, limit);
        const l = codes.lemma[t]!;
        if (l >= 0 && l !== w && lemma.starts[l]! < lemma.starts[l + 1]!) tryAll(lemma.patterns, lemma.starts[l]!, lemma.starts[l + 1]!, t, first, limit);
        const bit = codes.pos[t]!;
        if (this.anyPos && bit !== 0) {
          const tag = 31 - Math.clz32(bit);
          tryAll(pos.patterns, pos.starts[tag]!, pos.starts[tag + 1]!, t, first, limit);
        }
        for (let k = 0; k < unkeyed.length; k++) this.tryPattern(unkeyed[k]!, codes, t, first, limit, found);
      }
    }
    const matches = new Map<string, LexiconMatch[]>();
    found.forEach((list, n) => {
      if (list) matches.set(this.ids[n]!, longestPerStart(list));
    });
    return matches;
  }

  /** Tries pattern `p` from every start that puts its anchor on token `t`. */
  private tryPattern(p: number, codes: TokenCodes, t: number, first: number, limit: number, found: (LexiconMatch[] | undefined)[]): void {
    const last = t - this.minOffset[p]!;
    for (let start = Math.max(first, t - this.maxOffset[p]!); start <= last; start++) {
      const end = this.program.matchAt(this.code[p]!, codes, start, limit);
      if (end <= start) continue;
      const match = { tokenStart: start, tokenEnd: end, openClass: this.openClass[p] === 1 };
      const list = found[this.lexicon[p]!];
      if (list) list.push(match);
      else found[this.lexicon[p]!] = [match];
    }
  }
}

/** Matches in text order, one per start: the longest (a closed-class pattern first on a tie). */
function longestPerStart(matches: LexiconMatch[]): LexiconMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd || Number(a.openClass) - Number(b.openClass));
  return matches.filter((m, n) => n === 0 || matches[n - 1]!.tokenStart !== m.tokenStart);
}
