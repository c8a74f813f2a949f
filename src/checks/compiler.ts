import type { Lexicon } from '../rubric/lexicon.js';
import { entryPattern } from '../rubric/lexicon.js';
import type { CheckSpec } from '../rubric/check-schema.js';
import { CHECK_KINDS } from '../rubric/check-schema.js';
import { RubricError, type RubricProblem } from '../rubric/rubric-error.js';
import { byPosition, uniqueHits, type Hit } from './hit.js';
import type { CheckContext, CheckFn } from './context.js';
import { LexiconMatcher } from './lexicon-matcher.js';
import { parsePattern, PatternSyntaxError, type CompiledPattern } from './token-pattern.js';
import { compilePhrase } from './kinds/phrase.js';
import { compileAgent } from './kinds/agent.js';
import { compileAgentless } from './kinds/agentless.js';
import { compileCommitment } from './kinds/commitment.js';
import { compileConcrete } from './kinds/concreteness.js';

/** Deepest nesting of combinators a rubric may use; deeper is refused, not overflowed. */
export const MAX_CHECK_DEPTH = 32;

interface Compiled {
  run: CheckFn;
  /** Set on `not`: the check that must have no hit. */
  negated?: CheckFn;
}

/**
 * Turns rubric check data into functions, once per rubric. Named checks are compiled once
 * and memoized per statement; lexicons (named and in-place) all go into one matcher.
 */
export class CheckCompiler {
  private readonly lexicons: Record<string, Lexicon>;
  /** Each lexicon's patterns, parsed once (null where a pattern has a syntax error). */
  private readonly parsed = new Map<string, (CompiledPattern | null)[]>();
  /** Lexicons that checks match as patterns; only these go into the matcher (a word set is looked up, not matched). */
  private readonly matched = new Set<string>();
  private readonly named = new Map<string, Compiled>();
  private readonly compiling = new Set<string>();
  private readonly problems: RubricProblem[] = [];
  private path = '';
  private inline = 0;

  constructor(
    lexicons: Record<string, Lexicon>,
    private readonly definitions: Record<string, CheckSpec>,
  ) {
    this.lexicons = { ...lexicons };
    for (const [id, lexicon] of Object.entries(this.lexicons)) this.parseLexicon(id, lexicon.entries.map(entryPattern), `lexicons.${id}.entries`);
  }

  /** Compiles every named check, used or not, so that an unused one's problems are reported too. */
  compileNamed(): void {
    for (const name of Object.keys(this.definitions)) this.reference(name, `checks.${name}`, 0);
  }

  /** Compiles a check found at `path` in the rubric. Problems are collected, not thrown. */
  compile(spec: CheckSpec, path: string): CheckFn {
    this.path = path;
    return this.node(spec, path, 0).run;
  }

  /** Throws a RubricError listing every problem, or returns the matcher for the lexicons the checks match. */
  finish(source?: string): LexiconMatcher {
    if (this.problems.length > 0) throw new RubricError(this.problems, source);
    const patterns = new Map<string, CompiledPattern[]>();
    for (const id of this.matched) patterns.set(id, this.parsed.get(id) as CompiledPattern[]);
    return new LexiconMatcher(patterns);
  }

  /** The lexicon id for `{ lexicon }` or `{ patterns }` parameters. */
  lexiconFor(params: { lexicon?: string; patterns?: string[] }, field = 'lexicon'): string {
    if (params.patterns) {
      const id = `(inline ${++this.inline})`;
      this.lexicons[id] = { entries: params.patterns };
      this.parseLexicon(id, params.patterns, `${this.path}.patterns`);
      this.matched.add(id);
      return id;
    }
    if (!params.lexicon) {
      this.problems.push({ path: this.path, message: 'needs "lexicon" or "patterns"' });
      return '';
    }
    this.requireLexicon(params.lexicon, field);
    this.matched.add(params.lexicon);
    return params.lexicon;
  }

  /** The single-word entries of a lexicon, for checks that test one token. */
  wordSet(id: string, field: string): Set<string> {
    this.requireLexicon(id, field);
    return new Set((this.lexicons[id]?.entries ?? []).map(entryPattern).filter((p) => /^[\p{L}'-]+$/u.test(p)).map((p) => p.toLowerCase()));
  }

  private requireLexicon(id: string, field: string) {
    if (this.lexicons[id]) return;
    const known = Object.keys(this.lexicons).filter((k) => !k.startsWith('(')).sort();
    this.problems.push({ path: `${this.path}.${field}`, message: `unknown lexicon "${id}"; known: ${known.join(', ')}` });
  }

  private parseLexicon(id: string, patterns: readonly string[], path: string) {
    const parsed = patterns.map((pattern, n) => {
      try {
        return parsePattern(pattern);
      } catch (error) {
        if (!(error instanceof PatternSyntaxError)) throw error;
        this.problems.push({ path: `${path}.${n}`, message: error.message });
        return null;
      }
    });
    this.parsed.set(id, parsed);
  }

  private node(spec: CheckSpec, path: string, depth: number): Compiled {
    if (depth > MAX_CHECK_DEPTH) {
      this.problems.push({ path, message: `checks nest deeper than ${MAX_CHECK_DEPTH} levels` });
      return { run: () => [] };
    }
    if (typeof spec === 'string') return this.reference(spec, path, depth);
    this.path = path;
    const id = spec.id ?? spec.kind;
    const child = (s: CheckSpec, p: string) => this.node(s, p, depth + 1);
    switch (spec.kind) {
      case 'phrase':
        return { run: compilePhrase(spec, this, id) };
      case 'agent':
        return { run: compileAgent(spec, this, id) };
      case 'agentless':
        return { run: compileAgentless(spec, this, id) };
      case 'commitment':
        return { run: compileCommitment(spec, this, id) };
      case 'concrete':
        return { run: compileConcrete(spec, this, id) };
      case 'any': {
        const parts = spec.checks.map((c, n) => child(c, `${path}.checks.${n}`));
        const positive = parts.filter((p) => !p.negated);
        return {
          run: (ctx) => {
            const found: Hit[] = [];
            for (const p of positive) for (const hit of p.run(ctx)) found.push(hit);
            return uniqueHits(found);
          },
        };
      }
      case 'all': {
        const parts = spec.checks.map((c, n) => child(c, `${path}.checks.${n}`));
        return {
          run: (ctx) => {
            const found: Hit[] = [];
            for (const p of parts) {
              if (p.negated) {
                if (p.negated(ctx).length > 0) return [];
                continue;
              }
              const hits = p.run(ctx);
              if (hits.length === 0) return [];
              found.push(...hits);
            }
            return uniqueHits(found);
          },
        };
      }
      case 'sameSentence': {
        const parts = spec.checks.map((c, n) => child(c, `${path}.checks.${n}`));
        return { run: (ctx) => sameSentence(parts, ctx, id) };
      }
      case 'not': {
        const inner = child(spec.check, `${path}.check`);
        return { run: () => [], negated: inner.run };
      }
      case 'before': {
        const check = child(spec.check, `${path}.check`);
        const reference = child(spec.reference, `${path}.reference`);
        return {
          run: (ctx) => {
            // The earliest reference hit, found without sorting: a named check's hits are shared by every rule that uses it.
            let first = Infinity;
            for (const hit of reference.run(ctx)) first = Math.min(first, hit.tokenStart);
            return check.run(ctx).filter((h) => h.tokenStart < first);
          },
        };
      }
      default: {
        const kind = (spec as { kind?: unknown }).kind;
        this.problems.push({ path: `${path}.kind`, message: `unknown check kind "${String(kind)}"; known: ${CHECK_KINDS.join(', ')}` });
        return { run: () => [] };
      }
    }
  }

  /** A named check: compiled once, run at most once per statement. */
  private reference(name: string, path: string, depth: number): Compiled {
    const done = this.named.get(name);
    if (done) return done;
    const definition = this.definitions[name];
    if (definition === undefined) {
      const known = Object.keys(this.definitions).sort();
      this.problems.push({ path, message: `unknown check "${name}"; ${known.length > 0 ? `known: ${known.join(', ')}` : 'the rubric has no named checks'}` });
      return { run: () => [] };
    }
    if (this.compiling.has(name)) {
      this.problems.push({ path, message: `check "${name}" refers to itself, directly or through other checks` });
      return { run: () => [] };
    }
    this.compiling.add(name);
    const spec = typeof definition === 'string' || definition.id ? definition : { ...definition, id: name };
    const inner = this.node(spec, `checks.${name}`, depth + 1);
    this.compiling.delete(name);
    const key = Symbol(name);
    const compiled: Compiled = inner.negated
      ? inner
      : { run: (ctx) => ctx.memo(key, () => inner.run(ctx)) };
    this.named.set(name, compiled);
    return compiled;
  }
}

/**
 * One hit per sentence where every positive part has a hit and no `not` part has one,
 * spanning from the first to the last of those hits: the stretch where the conditions meet.
 */
function sameSentence(parts: Compiled[], ctx: CheckContext, id: string): Hit[] {
  // A part with no hit at all ends the search before the other parts run (checks are pure).
  const positive: Hit[][] = [];
  for (const p of parts) {
    if (p.negated) continue;
    const hits = p.run(ctx);
    if (hits.length === 0) return [];
    positive.push(hits);
  }
  if (positive.length === 0) return [];
  const sentencesOf = positive.map((hits) => new Set(hits.map((h) => h.sentence)));
  const negative = parts.filter((p) => p.negated).map((p) => new Set(p.negated!(ctx).map((h) => h.sentence)));
  const keep = (s: number) => sentencesOf.every((set) => set.has(s)) && negative.every((set) => !set.has(s));
  const spans = new Map<number, Hit>();
  for (const hits of positive) {
    for (const hit of hits) {
      if (!keep(hit.sentence)) continue;
      const span = spans.get(hit.sentence);
      if (!span) spans.set(hit.sentence, { tokenStart: hit.tokenStart, tokenEnd: hit.tokenEnd, sentence: hit.sentence, check: id });
      else {
        span.tokenStart = Math.min(span.tokenStart, hit.tokenStart);
        span.tokenEnd = Math.max(span.tokenEnd, hit.tokenEnd);
      }
    }
  }
  return [...spans.values()].sort(byPosition);
}
