import type { Doc } from '../analysis/doc.js';
import { matchAt, patternAnchor, type CompiledPattern } from './token-pattern.js';

/** A lexicon match: tokens `[tokenStart, tokenEnd)` matched one of the lexicon's patterns. */
export interface LexiconMatch {
  tokenStart: number;
  tokenEnd: number;
  /** The pattern opens with a word class ("<ADV>* sorry"), which may have taken in a negator ("never"). */
  openClass: boolean;
}

interface IndexedPattern {
  lexicon: number;
  pattern: CompiledPattern;
  openClass: boolean;
  /** Fewest and most tokens from the start of a match to the element the pattern is indexed under. */
  minOffset: number;
  maxOffset: number;
}

/**
 * Every lexicon of a rubric compiled into one index keyed by a word, lemma or part of speech
 * of each pattern (see patternAnchor), so that one pass over the tokens finds the matches of
 * all lexicons at once and each token tries only the patterns that can match around it.
 */
export class LexiconMatcher {
  private readonly ids: string[] = [];
  private readonly byWord = new Map<string, IndexedPattern[]>();
  private readonly byLemma = new Map<string, IndexedPattern[]>();
  private readonly byPos = new Map<string, IndexedPattern[]>();
  private readonly unkeyed: IndexedPattern[] = [];

  /** `lexicons`: each lexicon's parsed patterns, by lexicon id. */
  constructor(lexicons: ReadonlyMap<string, readonly CompiledPattern[]>) {
    const maps: Record<string, Map<string, IndexedPattern[]>> = { w: this.byWord, l: this.byLemma, p: this.byPos };
    for (const [id, patterns] of lexicons) {
      const n = this.ids.push(id) - 1;
      for (const pattern of patterns) {
        const first = pattern.elements[0]!;
        const openClass = first.negate || first.tests.some((t) => t.type === 'pos' || t.type === 'any');
        const anchor = patternAnchor(pattern);
        const indexed = { lexicon: n, pattern, openClass, minOffset: anchor?.minOffset ?? 0, maxOffset: anchor?.maxOffset ?? 0 };
        if (anchor === null) this.unkeyed.push(indexed);
        for (const key of new Set(anchor?.keys ?? [])) {
          const map = maps[key.slice(0, 1)]!;
          const value = key.slice(2);
          const list = map.get(value);
          if (list) list.push(indexed);
          else map.set(value, [indexed]);
        }
      }
    }
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
    const { tokens, sentences } = doc;
    const tryAll = (candidates: IndexedPattern[], t: number, first: number, limit: number) => {
      for (let n = 0; n < candidates.length; n++) {
        const c = candidates[n]!;
        for (let start = Math.max(first, t - c.maxOffset); start <= t - c.minOffset; start++) {
          const end = matchAt(c.pattern, tokens, start, limit);
          if (end <= start) continue;
          const match = { tokenStart: start, tokenEnd: end, openClass: c.openClass };
          const list = found[c.lexicon];
          if (list) list.push(match);
          else found[c.lexicon] = [match];
        }
      }
    };
    // Most rubrics anchor every pattern on a word; the part-of-speech and unkeyed lists are then empty and skipped.
    const byPos = this.byPos.size > 0 ? this.byPos : undefined;
    const unkeyed = this.unkeyed.length > 0 ? this.unkeyed : undefined;
    for (const sentence of sentences) {
      const first = sentence.tokenStart;
      const limit = sentence.tokenEnd;
      for (let t = first; t < limit; t++) {
        const token = tokens[t]!;
        let candidates = this.byWord.get(token.lower);
        if (candidates) tryAll(candidates, t, first, limit);
        if (token.lemma !== token.lower && (candidates = this.byLemma.get(token.lemma))) tryAll(candidates, t, first, limit);
        if (byPos && (candidates = byPos.get(token.pos))) tryAll(candidates, t, first, limit);
        if (unkeyed) tryAll(unkeyed, t, first, limit);
      }
    }
    const matches = new Map<string, LexiconMatch[]>();
    found.forEach((list, n) => {
      if (list) matches.set(this.ids[n]!, longestPerStart(list));
    });
    return matches;
  }
}

/** Matches in text order, one per start: the longest (a closed-class pattern first on a tie). */
function longestPerStart(matches: LexiconMatch[]): LexiconMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd || Number(a.openClass) - Number(b.openClass));
  return matches.filter((m, n) => n === 0 || matches[n - 1]!.tokenStart !== m.tokenStart);
}
