import { describe, expect, it } from 'vitest';
import fiveStep from '../../rubrics/five-step.en.json';
import { analyzeEnglish } from '../../src/analysis/analyze-en.js';
import type { Doc } from '../../src/analysis/doc.js';
import { CheckCompiler } from '../../src/checks/compiler.js';
import { CheckContext } from '../../src/checks/context.js';
import { byPosition, hitSpan, uniqueHits, type Hit } from '../../src/checks/hit.js';
import { BUILTIN_LEXICONS } from '../../src/rubric/builtin-lexicons.js';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import type { Lexicon } from '../../src/rubric/lexicon.js';

export interface CheckRun {
  doc: Doc;
  /** Hits in text order (by start token, then end token), as the check returned them: duplicates kept. */
  hits: Hit[];
  /** The quoted text of each hit, in the same order. */
  texts: string[];
}

/**
 * Compiles one check (with the built-in lexicons, plus `lexicons`, and the named checks
 * `named`) and runs it on `text`. Throws the compiler's RubricError if the spec is bad.
 */
export function runCheckDetailed(
  spec: CheckSpec,
  text: string,
  named: Record<string, CheckSpec> = {},
  lexicons: Record<string, Lexicon> = {},
): CheckRun {
  const compiler = new CheckCompiler({ ...BUILTIN_LEXICONS, ...lexicons }, named);
  const fn = compiler.compile(spec, 'test');
  const matcher = compiler.finish();
  const doc = analyzeEnglish(text);
  const hits = [...fn(new CheckContext(doc, matcher))].sort(byPosition);
  return { doc, hits, texts: hits.map((h) => hitSpan(doc, h).text) };
}

/**
 * The quoted text of every distinct hit of `spec` on `text`, in text order. Hits with the same
 * token span count once, as they do everywhere a check's hits are used (combinators merge them
 * with uniqueHits, scoring with mergedSpans); `runCheckDetailed` keeps them all.
 */
export function runCheck(spec: CheckSpec, text: string, named?: Record<string, CheckSpec>, lexicons?: Record<string, Lexicon>): string[] {
  const { doc, hits } = runCheckDetailed(spec, text, named, lexicons);
  return uniqueHits(hits).map((h) => hitSpan(doc, h).text);
}

/** One sentence and the exact quotes a check must find in it (none for a should-pass case). */
export interface CheckCase {
  text: string;
  expected: string[];
}

/** A proselint-style table: a check, sentences it must flag and sentences it must pass. */
export interface CheckTable {
  name: string;
  spec: CheckSpec;
  named?: Record<string, CheckSpec>;
  flag: CheckCase[];
  pass: CheckCase[];
}

/** Runs every table as vitest cases: each flag case must find exactly its quotes, each pass case none. */
export function describeCheckTables(kind: string, tables: CheckTable[]): void {
  describe.each(tables)(`${kind}: $name`, ({ spec, named, flag, pass }) => {
    it.each(flag)('flags "$text"', ({ text, expected }) => {
      expect(expected.length).toBeGreaterThan(0);
      expect(runCheck(spec, text, named)).toEqual(expected);
    });
    it.each(pass)('passes "$text"', ({ text, expected }) => {
      expect(expected).toEqual([]);
      expect(runCheck(spec, text, named)).toEqual([]);
    });
  });
}

/** A named check of the built-in five-step rubric, so tables test what the rubric really runs. */
export function rubricCheck(name: string): Exclude<CheckSpec, string> {
  const spec = (fiveStep.checks as Record<string, CheckSpec>)[name];
  if (spec === undefined || typeof spec === 'string') throw new Error(`the five-step rubric has no named check "${name}"`);
  return spec;
}
