import { LineIndex } from '../input/line-index.js';
import { readMarkdown, type DirectiveNotice } from '../input/markdown.js';
import { PlainText } from '../input/plain-text.js';
import { parseStatementFile } from '../input/statement-file.js';
import type { ScoredInput } from '../reporters/report-input.js';
import { score, type ScoreOptions } from '../scoring/score.js';
import type { Lang } from '../verdict.js';

export interface ScoreInputOptions extends Pick<ScoreOptions, 'rubric' | 'disable' | 'maxBytes'> {
  /** The language; when absent, the front matter's `lang`, else English. */
  lang?: Lang;
  /** Read the file as Markdown (markup left out, ignore comments read). Default true. */
  markdown?: boolean;
}

/** A scored file as plain data (it crosses from worker threads); `withLines` makes it a report input. */
export interface ScoredFile extends Omit<ScoredInput, 'lines'> {
  /** Ignore comments that are malformed or do nothing, with their source offsets. */
  notices: DirectiveNotice[];
}

/** Adds the line index reporters use for line:column, built once per file where reports are made. */
export function withLines<T extends Omit<ScoredInput, 'lines'>>(scored: T): T & Pick<ScoredInput, 'lines'> {
  return { ...scored, lines: new LineIndex(scored.source) };
}

/**
 * Scores one file's text: front matter read as metadata, Markdown markup left out, ignore
 * comments applied, and every offset of the verdict mapped back into `source`, so that
 * `source.slice(e.start, e.end) === e.text` for all evidence and findings.
 */
export function scoreInput(file: string, source: string, options: ScoreInputOptions = {}): ScoredFile {
  const { meta, bodyOffset } = parseStatementFile(source);
  const markdown = options.markdown ?? true;
  const read = markdown ? readMarkdown(source, bodyOffset) : undefined;
  const plain = read?.plain ?? PlainText.slice(source, bodyOffset);
  const lang = options.lang ?? langOf(meta.lang);
  const ignore = (read?.ignore ?? []).map((r) => ({ start: plain.fromSource(r.start), end: plain.fromSource(r.end), ids: r.ids }));
  if (options.lang === undefined && lang !== undefined && lang !== 'en') {
    throw new RangeError(`language "${lang}" (front matter \`lang: ${meta.lang}\`) can not be scored yet; supported: en`);
  }
  const verdict = score(plain.text, { rubric: options.rubric, disable: options.disable, maxBytes: options.maxBytes, lang, ignore });

  const toSource = <T extends { start: number; end: number; text: string }>(span: T): T => {
    const start = plain.toSource(span.start);
    const end = Math.max(start, plain.toSourceEnd(span.end));
    return { ...span, start, end, text: source.slice(start, end) };
  };
  for (const step of verdict.steps) step.evidence = step.evidence.map(toSource);
  verdict.findings = verdict.findings.map(toSource);
  return { file, source, meta, bodyOffset, verdict, notices: read?.notices ?? [] };
}

/** The front matter's `lang`, which score() checks; an unknown value is passed on to be refused there. */
function langOf(value: string | undefined): Lang | undefined {
  return value === undefined || value === '' ? undefined : (value.toLowerCase() as Lang);
}
