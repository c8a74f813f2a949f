import type { Doc } from '../analysis/doc.js';
import { findPassives, type PassiveConstruction } from './passive-voice.js';
import type { LexiconMatch, LexiconMatcher } from './lexicon-matcher.js';
import type { Hit } from './hit.js';

/**
 * What checks read for one statement: the doc plus analyses that several checks share,
 * each computed at most once (lexicon matches in one pass, passives in one pass).
 */
export class CheckContext {
  private lexiconMatches: Map<string, LexiconMatch[]> | undefined;
  private passiveList: PassiveConstruction[] | undefined;
  private readonly memos = new Map<symbol, Hit[]>();

  constructor(
    readonly doc: Doc,
    private readonly matcher: LexiconMatcher,
  ) {}

  lexicon(id: string): readonly LexiconMatch[] {
    this.lexiconMatches ??= this.matcher.match(this.doc);
    return this.lexiconMatches.get(id) ?? NO_MATCHES;
  }

  /** A named check's hits, computed once per statement however many rules use it. */
  memo(key: symbol, run: () => Hit[]): Hit[] {
    let hits = this.memos.get(key);
    if (!hits) {
      hits = run();
      this.memos.set(key, hits);
    }
    return hits;
  }

  passives(): PassiveConstruction[] {
    this.passiveList ??= findPassives(this.doc);
    return this.passiveList;
  }
}

const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

export type CheckFn = (ctx: CheckContext) => Hit[];
