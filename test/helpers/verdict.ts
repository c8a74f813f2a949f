import { expect } from 'vitest';
import type { Verdict } from 'apology-score';

const STEP_IDS = ['own-up', 'acknowledge', 'apologize', 'solution', 'prevention'];

/** Every evidence and finding of a verdict. */
export function spansOf(verdict: Verdict) {
  return [...verdict.steps.flatMap((s) => s.evidence), ...verdict.findings];
}

/**
 * The Verdict contract of the five-step rubric, whatever the input: a 0..100 integer, a grade,
 * the five steps in order, findings in text order, and every span quoting `text` exactly.
 */
export function expectValidVerdict(text: string, verdict: Verdict): void {
  expect(Number.isInteger(verdict.score)).toBe(true);
  expect(verdict.score).toBeGreaterThanOrEqual(0);
  expect(verdict.score).toBeLessThanOrEqual(100);
  expect(['A', 'B', 'C', 'D', 'F']).toContain(verdict.grade);
  expect(verdict.steps.map((s) => s.id)).toEqual(STEP_IDS);
  for (const step of verdict.steps) {
    expect(['met', 'partial', 'missing']).toContain(step.status);
    expect(step.explanation.length).toBeGreaterThan(0);
  }
  for (const span of spansOf(verdict)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  const starts = verdict.findings.map((f) => f.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(verdict.summary.length).toBeGreaterThan(0);
}
