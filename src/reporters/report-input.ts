import type { LineIndex } from '../input/line-index.js';
import type { Rubric } from '../rubric/schema.js';
import type { Verdict } from '../verdict.js';

/**
 * One scored input, as every reporter receives it. Every offset in `verdict` points into
 * `source` (the file exactly as read, front matter and Markdown markup included), so
 * `source.slice(e.start, e.end) === e.text` for all evidence and findings.
 */
export interface ScoredInput {
  /** The path as the user gave it (or found under a directory), or `<stdin>`. */
  file: string;
  source: string;
  /** Front-matter fields (author, date, source, ...); empty when there is none. */
  meta: Record<string, string>;
  /** Where the statement starts in `source`, after any front matter. */
  bodyOffset: number;
  verdict: Verdict;
  /** Line starts of `source`, for line:column. */
  lines: LineIndex;
}

export interface ReportOptions {
  /** ANSI colour (text reporter only). The CLI decides it from the TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  /** Only the summary line(s): one per input plus a total. */
  quiet: boolean;
  /** The rubric the inputs were scored with: titles, `why` texts and finding metadata (SARIF rules). */
  rubric: Rubric;
  /** The threshold of --fail-under, to mark inputs that fail it. */
  failUnder?: number;
  /** Package version, for SARIF's tool.driver.version and the HTML footer. */
  version: string;
}

/** A reporter turns scored inputs into one output document (a string ending with a newline). */
export type Reporter = (inputs: readonly ScoredInput[], options: ReportOptions) => string;
