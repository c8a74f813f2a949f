/** The public result types. A Verdict is plain JSON: the CLI's `--format json` prints exactly this. */

export type Strength = 'strong' | 'weak';
export type StepStatus = 'met' | 'partial' | 'missing';
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'en' | 'fr';

/** A quote from the statement that decided a step. `text === statement.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** Id of the check that found it. */
  check: string;
  strength: Strength;
}

export interface StepResult {
  id: string;
  title: string;
  status: StepStatus;
  /** 1 when met, 0.5 when partial, 0 when missing. */
  score: number;
  weight: number;
  evidence: Evidence[];
  explanation: string;
  /** What to add or change; absent when the step is met. */
  suggestion?: string;
}

export interface Finding {
  id: string;
  title: string;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  /** Points this finding took off the score (the rubric counts each finding id once). */
  penalty: number;
}

export interface Verdict {
  rubric: string;
  lang: Lang;
  /** 0..100 integer. */
  score: number;
  grade: string;
  steps: StepResult[];
  /** Anti-patterns, in text order. */
  findings: Finding[];
  summary: string;
}
