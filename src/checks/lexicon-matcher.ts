import type { Doc } from '../analysis/doc.js';
import { entryPattern, type Lexicon } from '../rubric/lexicon.js';
import { indexKeys, matchAt, parsePattern, type CompiledPattern } from './token-pattern.js';

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
}

/**
 * Every lexicon of a rubric compiled into one index keyed by first token, so that one pass
 * over the tokens finds the matches of all lexicons at once.
 */
export class LexiconMatcher {
  private readonly ids: string[] = [];
  private readonly byKey = new Map<string, IndexedPattern[]>();
  private readonly unkeyed: IndexedPattern[] = [];

  constructor(lexicons: Record<string, Lexicon>) {
    for (const [id, lexicon] of Object.entries(lexicons)) {
      const n = this.ids.push(id) - 1;
      for (const entry of lexicon.entries) {
        const pattern = parsePattern(entryPattern(entry));
        const first = pattern.elements[0]!;
        const openClass = first.negate || first.tests.some((t) => t.type === 'pos' || t.type === 'any');
        const indexed = { lexicon: n, pattern, openClass };
        const keys = indexKeys(indexed.pattern);
        if (keys === null) this.unkeyed.push(indexed);
        for (const key of new Set(keys ?? [])) {
          const list = this.byKey.get(key);
          if (list) list.push(indexed);
          else this.byKey.set(key, [indexed]);
        }
      }
    }
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /** All matches of all lexicons, by lexicon id; the longest match per start and lexicon. */
  match(doc: Doc): Map<string, LexiconMatch[]> {
    const found = this.ids.map((): LexiconMatch[] => []);
    const { tokens, sentences } = doc;
    const best = new Map<number, { end: number; openClass: boolean }>();
    for (const sentence of sentences) {
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const token = tokens[t]!;
        best.clear();
        const tryAll = (candidates: IndexedPattern[] | undefined) => {
          if (!candidates) return;
          for (const c of candidates) {
            const end = matchAt(c.pattern, tokens, t, sentence.tokenEnd);
            if (end > t && end > (best.get(c.lexicon)?.end ?? -1)) best.set(c.lexicon, { end, openClass: c.openClass });
          }
        };
        tryAll(this.byKey.get(`w:${token.lower}`));
        if (token.lemma !== token.lower) tryAll(this.byKey.get(`l:${token.lemma}`));
        tryAll(this.unkeyed);
        for (const [lexicon, { end, openClass }] of best) found[lexicon]!.push({ tokenStart: t, tokenEnd: end, openClass });
      }
    }
    return new Map(this.ids.map((id, n) => [id, found[n]!]));
  }
}
