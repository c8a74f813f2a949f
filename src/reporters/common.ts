/** Small helpers every reporter shares: ranking, failing, the statement's start, grade tones. */
import type { Rubric } from '../rubric/schema.js';
import { gradeBands } from '../rubric/grade-bands.js';
import type { ReportOptions, ScoredInput } from './report-input.js';

/** The inputs best first: score descending, then file name, then input order. Deterministic. */
export function ranked(inputs: readonly ScoredInput[]): ScoredInput[] {
  return inputs
    .map((input, order) => ({ input, order }))
    .sort(
      (a, b) =>
        b.input.verdict.score - a.input.verdict.score ||
        (a.input.file < b.input.file ? -1 : a.input.file > b.input.file ? 1 : 0) ||
        a.order - b.order,
    )
    .map(({ input }) => input);
}

/** True when the input scored under `--fail-under`. */
export function fails(input: ScoredInput, options: ReportOptions): boolean {
  return options.failUnder !== undefined && input.verdict.score < options.failUnder;
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** Mean score of the inputs, rounded to an integer (0 when there is none). */
export function meanScore(inputs: readonly ScoredInput[]): number {
  if (inputs.length === 0) return 0;
  return Math.round(inputs.reduce((sum, i) => sum + i.verdict.score, 0) / inputs.length);
}

/**
 * Where the statement starts in `source`: after the front matter, which reporters show as
 * metadata instead of text. Never after the first evidence or finding, so that every span
 * stays inside what is shown.
 */
export function bodyStart(input: ScoredInput): number {
  let start = input.bodyOffset;
  for (const step of input.verdict.steps) for (const e of step.evidence) start = Math.min(start, e.start);
  for (const f of input.verdict.findings) start = Math.min(start, f.start);
  return Math.max(0, start);
}

export type Tone = 'good' | 'fair' | 'poor';

/**
 * How a grade reads, from its place among the rubric's bands (best first): the lowest band is
 * poor, the upper half (rounded down, at least the top band) good, the rest fair.
 */
export function gradeTone(grade: string, rubric: Rubric): Tone {
  const bands = gradeBands(rubric);
  const at = bands.findIndex((g) => g.grade === grade);
  if (at === -1) return 'fair';
  if (at === bands.length - 1 && bands.length > 1) return 'poor';
  if (at === 0 || at < Math.floor(bands.length / 2)) return 'good';
  return 'fair';
}

/** Author and date from the front matter, for a byline; empty when neither is there. */
export function byline(meta: Record<string, string>): string {
  return [meta.author, meta.date].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(', ');
}
