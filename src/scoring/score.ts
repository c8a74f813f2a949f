import { analyzeEnglish } from '../analysis/analyze-en.js';
import type { Doc } from '../analysis/doc.js';
import { CheckContext } from '../checks/context.js';
import { activeRewrite } from '../explanation/active-rewrite.js';
import { fillMessage, shortQuote, type Placeholders } from '../explanation/messages.js';
import { summarize } from '../explanation/summary.js';
import { resolveRubric } from '../rubric/load.js';
import type { CompiledRubric } from '../rubric/compile.js';
import type { RubricInput } from '../rubric/schema.js';
import type { Evidence, Finding, Lang, StepResult, StepStatus, Verdict } from '../verdict.js';
import { mergedSpans } from './spans.js';
import { DEFAULT_MAX_BYTES } from './size-limit.js';
import { checkStatement } from './statement-input.js';

export interface ScoreOptions {
  /** Language of the statement. Default 'en'. */
  lang?: Lang;
  /**
   * A built-in rubric id (default 'five-step') or rubric data: an object built in TypeScript
   * or a parsed JSON file. Validated and compiled on first use, then cached per object.
   */
  rubric?: string | RubricInput | object;
  /** Finding ids to leave out (and not penalize), like a linter's disabled rules. */
  disable?: readonly string[];
  /**
   * Ranges of the text where findings are left out (and not penalized): a finding that starts
   * inside `[start, end)` is dropped; `ids` limits that to those finding ids. The CLI builds
   * them from `<!-- apology-score-disable ... -->` comments; an editor can pass its own.
   */
  ignore?: readonly IgnoreRange[];
  /** Largest statement scored, in UTF-8 bytes. Default {@link DEFAULT_MAX_BYTES} (1 MiB). */
  maxBytes?: number;
}

export interface IgnoreRange {
  start: number;
  end: number;
  /** Finding ids to ignore in the range; all findings when absent. */
  ids?: readonly string[];
}

const STATUS_SCORE: Record<StepStatus, number> = { met: 1, partial: 0.5, missing: 0 };

/**
 * Scores a statement against a rubric: one analysis of the text, every check run on it,
 * then step results, findings, score, grade and summary. Deterministic: the same text and
 * rubric always give the same verdict.
 */
export function score(text: string, options: ScoreOptions = {}): Verdict {
  const lang = options.lang ?? 'en';
  checkStatement('score', text, lang, options.maxBytes);
  const compiled = resolveRubric(options.rubric);
  const doc = analyzeEnglish(text);
  const ctx = new CheckContext(doc, compiled.matcher);

  const findings = findAntiPatterns(compiled, ctx, options.disable ?? [], options.ignore ?? []);
  const placeholders = findingPlaceholders(doc, ctx, findings);
  const steps = compiled.steps.map(({ step, strong, weak }): StepResult => {
    const strongSpans = mergedSpans(doc, strong(ctx));
    const weakSpans = strongSpans.length > 0 || !weak ? [] : mergedSpans(doc, weak(ctx));
    const status: StepStatus = strongSpans.length > 0 ? 'met' : weakSpans.length > 0 ? 'partial' : 'missing';
    // Built field by field: an object spread here cost more than the step's checks.
    const evidence: Evidence[] = [];
    for (const s of strongSpans) evidence.push({ start: s.start, end: s.end, text: s.text, check: s.check, strength: 'strong' });
    for (const s of weakSpans) evidence.push({ start: s.start, end: s.end, text: s.text, check: s.check, strength: 'weak' });
    // One placeholder object for all steps: only {evidence} differs from step to step.
    placeholders.evidence = evidence[0] ? shortQuote(evidence[0].text) : undefined;
    const result: StepResult = {
      id: step.id,
      title: step.title,
      status,
      score: STATUS_SCORE[status],
      weight: step.weight,
      evidence,
      explanation: fillMessage(step.explanations[status], placeholders),
    };
    if (status !== 'met') result.suggestion = fillMessage(step.suggestions[status], placeholders);
    return result;
  });

  const earned = steps.reduce((sum, s, n) => sum + compiled.points[n]! * s.score, 0);
  const penalty = findings.reduce((sum, f) => sum + f.penalty, 0);
  const total = doc.tokens.length === 0 ? 0 : Math.max(0, Math.min(100, Math.round(earned - penalty)));
  const grade = gradeFor(compiled, total);
  const verdict: Verdict = { rubric: compiled.rubric.id, lang, score: total, grade, steps, findings, summary: '' };
  verdict.summary = summarize(verdict, doc.tokens.length === 0);
  return verdict;
}

/** Findings in text order; each anti-pattern's penalty is charged on its first finding, within the rubric's cap. */
function findAntiPatterns(compiled: CompiledRubric, ctx: CheckContext, disabled: readonly string[], ignore: readonly IgnoreRange[]): Finding[] {
  const found: Finding[] = [];
  for (const { antiPattern, check } of compiled.antiPatterns) {
    if (disabled.includes(antiPattern.id)) continue;
    let spans = mergedSpans(ctx.doc, check(ctx));
    if (antiPattern.occurrences === 'first') spans = spans.slice(0, 1);
    for (const span of spans) {
      if (isIgnored(ignore, antiPattern.id, span.start)) continue;
      found.push({
        id: antiPattern.id,
        title: antiPattern.title,
        severity: antiPattern.severity,
        start: span.start,
        end: span.end,
        text: span.text,
        message: fillMessage([antiPattern.message], { text: shortQuote(span.text) }),
        penalty: antiPattern.penalty,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  let budget = compiled.rubric.penaltyCap ?? Infinity;
  const charged = new Set<string>();
  for (const finding of found) {
    if (charged.has(finding.id)) {
      finding.penalty = 0;
      continue;
    }
    charged.add(finding.id);
    finding.penalty = Math.min(finding.penalty, budget);
    budget -= finding.penalty;
  }
  return found;
}

/** {finding:ID} quotes and the active rewrite of the first agentless fault, for step messages. */
function findingPlaceholders(doc: Doc, ctx: CheckContext, findings: Finding[]): Placeholders {
  const values: Placeholders = {};
  for (const f of findings) values[`finding:${f.id}`] ??= shortQuote(f.text);
  // The first agentless fault that is a true passive can be turned around with "we" as its subject.
  for (const finding of findings) {
    if (finding.id !== 'passive-voice') continue;
    const construction = ctx.passives().find((p) => p.start < finding.end && p.end > finding.start);
    const rewrite = construction ? activeRewrite(doc, construction) : undefined;
    if (rewrite) {
      values.rewrite = rewrite;
      values['finding:passive-voice'] = shortQuote(finding.text);
      break;
    }
  }
  return values;
}

function isIgnored(ignore: readonly IgnoreRange[], id: string, at: number): boolean {
  return ignore.some((r) => at >= r.start && at < r.end && (!r.ids || r.ids.includes(id)));
}

function gradeFor(compiled: CompiledRubric, total: number): string {
  const bands = compiled.grades;
  return (bands.find((b) => total >= b.min) ?? bands[bands.length - 1]!).grade;
}
