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
