import type { Verdict } from '../verdict.js';
import { shortQuote } from './messages.js';

/**
 * The paragraph a communications lead reads first: score and grade, which steps are there,
 * the most serious finding, and the first thing to fix (the heaviest step that is not met).
 */
export function summarize(verdict: Verdict, empty: boolean): string {
  if (empty) return 'The statement is empty: there is nothing to score.';
  const named = (status: string) => verdict.steps.filter((s) => s.status === status).map((s) => s.title.toLowerCase());
  const parts = [`${verdict.score}/100 (${verdict.grade}).`];
  const met = named('met');
  const partial = named('partial');
  const missing = named('missing');
  if (met.length > 0) parts.push(`Does: ${met.join(', ')}.`);
  if (partial.length > 0) parts.push(`Only partly: ${partial.join(', ')}.`);
  if (missing.length > 0) parts.push(`Missing: ${missing.join(', ')}.`);
  const severity = { error: 0, warning: 1, info: 2 };
  const worst = [...verdict.findings].sort((a, b) => severity[a.severity] - severity[b.severity] || b.penalty - a.penalty)[0];
  if (worst) {
    const kinds = new Set(verdict.findings.map((f) => f.id)).size;
    parts.push(`${kinds} kind${kinds === 1 ? '' : 's'} of problem found, the most serious: ${worst.title.toLowerCase()} (“${shortQuote(worst.text, 60)}”).`);
  }
  const first = [...verdict.steps].filter((s) => s.suggestion).sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score))[0];
  if (first?.suggestion) parts.push(`First fix: ${first.suggestion}`);
  return parts.join(' ');
}
