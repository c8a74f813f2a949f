import type { Finding, Severity, StepResult, StepStatus, Verdict } from '../verdict.js';
import { shortQuote } from './messages.js';

/**
 * The paragraph a communications lead reads first: score and grade, which steps are there,
 * the most serious finding, and the first thing to fix (the heaviest step that is not met).
 */
export function summarize(verdict: Verdict, empty: boolean): string {
  if (empty) return 'The statement is empty: there is nothing to score.';
  const titles: Record<StepStatus, string[]> = { met: [], partial: [], missing: [] };
  // The first fix: the step with the most weight left to earn (the first such on a tie).
  let first: StepResult | undefined;
  for (const step of verdict.steps) {
    titles[step.status].push(step.title.toLowerCase());
    if (step.suggestion && (!first || left(step) > left(first))) first = step;
  }
  const parts = [`${verdict.score}/100 (${verdict.grade}).`];
  if (titles.met.length > 0) parts.push(`Does: ${titles.met.join(', ')}.`);
  if (titles.partial.length > 0) parts.push(`Only partly: ${titles.partial.join(', ')}.`);
  if (titles.missing.length > 0) parts.push(`Missing: ${titles.missing.join(', ')}.`);
  // The most serious finding: the highest severity, then the highest penalty (the first such on a tie).
  let worst: Finding | undefined;
  const kinds = new Set<string>();
  for (const finding of verdict.findings) {
    kinds.add(finding.id);
    if (!worst || SEVERITY[finding.severity] < SEVERITY[worst.severity] || (finding.severity === worst.severity && finding.penalty > worst.penalty)) worst = finding;
  }
  if (worst) {
    parts.push(`${kinds.size} kind${kinds.size === 1 ? '' : 's'} of problem found, the most serious: ${worst.title.toLowerCase()} (“${shortQuote(worst.text, 60)}”).`);
  }
  if (first?.suggestion) parts.push(`First fix: ${first.suggestion}`);
  return parts.join(' ');
}

const SEVERITY: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function left(step: StepResult): number {
  return step.weight * (1 - step.score);
}
