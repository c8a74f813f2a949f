/**
 * The terminal reporter: per statement a score bar, each step with its quoted evidence and
 * what to add, the findings with their line:column, then the summary. `quiet` prints one line
 * per statement and a total. Lines are wrapped at {@link WIDTH} columns on word boundaries.
 */
import { shortQuote } from '../explanation/messages.js';
import type { StepStatus } from '../verdict.js';
import { palette, printable, type Palette } from './ansi.js';
import { byline, fails, gradeTone, meanScore, plural, type Tone } from './common.js';
import type { Reporter, ReportOptions, ScoredInput } from './report-input.js';

const WIDTH = 100;
const BAR_CELLS = 20;
/** Evidence quotes shown per step; the rest are counted. */
const QUOTES_SHOWN = 2;
const QUOTE_MAX = 72;
const MARK: Record<StepStatus, string> = { met: '✓', partial: '½', missing: '✗' };

export const text: Reporter = (inputs, options) => {
  const c = palette(options.color);
  if (options.quiet) return quiet(inputs, options, c);
  const blocks = inputs.map((input) => full(input, options, c));
  if (inputs.length > 1) blocks.push(total(inputs, options));
  return `${blocks.join('\n\n')}\n`;
};

function quiet(inputs: readonly ScoredInput[], options: ReportOptions, c: Palette): string {
  const fileWidth = Math.max(0, ...inputs.map((i) => printable(i.file).length));
  const gradeWidth = Math.max(0, ...inputs.map((i) => i.verdict.grade.length));
  const countWidth = Math.max(0, ...inputs.map((i) => String(i.verdict.findings.length).length));
  const lines = inputs.map((input) => {
    const { score, grade, findings } = input.verdict;
    const tone = gradeTone(grade, options.rubric);
    const noun = findings.length === 1 ? 'finding' : 'findings';
    const line =
      `${c.bold(printable(input.file).padEnd(fileWidth))}  ${String(score).padStart(3)}/100 ${paintTone(c, tone, grade.padEnd(gradeWidth))}` +
      `  ${String(findings.length).padStart(countWidth)} `;
    return fails(input, options) ? `${line}${noun.padEnd(8)}  ${c.bold(c.red('FAIL'))}` : `${line}${noun}`;
  });
  if (inputs.length !== 1) lines.push(total(inputs, options));
  return `${lines.join('\n')}\n`;
}

/** "3 statements, mean 41, 1 under 50". */
function total(inputs: readonly ScoredInput[], options: ReportOptions): string {
  const parts = [plural(inputs.length, 'statement'), `mean ${meanScore(inputs)}`];
  if (options.failUnder !== undefined) parts.push(`${inputs.filter((i) => fails(i, options)).length} under ${options.failUnder}`);
  return parts.join(', ');
}

function full(input: ScoredInput, options: ReportOptions, c: Palette): string {
  const { verdict, lines: index } = input;
  const out: string[] = [c.bold(printable(input.file))];
  const by = byline(input.meta);
  if (by) out.push(...wrap(by, 0).map((l) => c.dim(l)));

  const tone = gradeTone(verdict.grade, options.rubric);
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.round((verdict.score / 100) * BAR_CELLS)));
  let head = `${paintTone(c, tone, '█'.repeat(filled))}${c.dim('░'.repeat(BAR_CELLS - filled))}  ${c.bold(`${verdict.score}/100`)} ${paintTone(c, tone, c.bold(verdict.grade))}`;
  if (fails(input, options)) head += `  ${c.bold(c.red('FAIL'))} ${c.dim(`(under ${options.failUnder})`)}`;
  out.push(head, '');

  const at = (offset: number) => {
    const p = index.position(offset);
    return `${p.line}:${p.column}`;
  };

  for (const step of verdict.steps) {
    const title = printable(step.title);
    out.push(`  ${paintStatus(c, step.status)} ${step.status === 'met' ? title : c.bold(title)}`);
    const shown = step.evidence.slice(0, QUOTES_SHOWN);
    const posWidth = Math.max(0, ...shown.map((e) => at(e.start).length));
    for (const e of shown) {
      out.push(`      ${c.dim(at(e.start).padEnd(posWidth))}  “${shortQuote(printable(e.text), QUOTE_MAX)}”`);
    }
    if (step.evidence.length > QUOTES_SHOWN) {
      out.push(`      ${c.dim(`and ${step.evidence.length - QUOTES_SHOWN} more`)}`);
    }
    if (step.suggestion) {
      const [first = '', ...rest] = wrap(step.suggestion, 8);
      out.push(`      ${c.cyan('→')} ${first}`, ...rest.map((l) => `${' '.repeat(8)}${l}`));
    }
  }

  out.push('');
  if (verdict.findings.length === 0) {
    out.push(`  ${c.dim('No findings.')}`);
  } else {
    out.push(`  ${c.bold(plural(verdict.findings.length, 'finding'))}`);
    const posWidth = Math.max(...verdict.findings.map((f) => at(f.start).length));
    const idWidth = Math.max(...verdict.findings.map((f) => printable(f.id).length));
    const indent = 2 + posWidth + 2 + idWidth + 2;
    for (const f of verdict.findings) {
      const name = printable(f.id);
      const id = f.severity === 'error' ? c.red(name) : f.severity === 'warning' ? c.yellow(name) : c.cyan(name);
      const [first = '', ...rest] = wrap(f.message, indent);
      out.push(
        `  ${c.dim(at(f.start).padEnd(posWidth))}  ${id}${' '.repeat(idWidth - name.length)}  ${first}`,
        ...rest.map((l) => `${' '.repeat(indent)}${l}`),
      );
    }
  }

  out.push('', ...wrap(verdict.summary, 2).map((l) => `  ${l}`));
  return out.join('\n');
}

function paintStatus(c: Palette, status: StepStatus): string {
  const mark = MARK[status];
  return status === 'met' ? c.green(mark) : status === 'partial' ? c.yellow(mark) : c.red(mark);
}

function paintTone(c: Palette, tone: Tone, text: string): string {
  return tone === 'good' ? c.green(text) : tone === 'fair' ? c.yellow(text) : c.red(text);
}

/**
 * Words of `text` (made printable, whitespace collapsed) in lines that fit in WIDTH once indented by `indent`
 * columns. A word longer than a line gets a line of its own and is not cut.
 */
export function wrap(text: string, indent: number): string[] {
  const width = Math.max(20, WIDTH - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
