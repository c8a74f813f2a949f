/**
 * The Markdown reporter: what a review bot posts on a pull request. Per statement a heading with
 * the score, a step table, the findings, the suggestions and the summary; with several
 * statements a ranked overview table first. Every text that comes from a statement (quotes,
 * messages that quote it, front matter) is escaped, so a statement can't break the layout.
 */
import { shortQuote } from '../explanation/messages.js';
import type { StepStatus } from '../verdict.js';
import { byline, fails, meanScore, plural, ranked } from './common.js';
import type { Reporter, ReportOptions, ScoredInput } from './report-input.js';

const QUOTES_SHOWN = 2;
const QUOTE_MAX = 80;
const ICON: Record<StepStatus, string> = { met: '✅', partial: '🟡', missing: '❌' };

export const markdown: Reporter = (inputs, options) => {
  const blocks: string[] = [];
  if (inputs.length > 1) blocks.push(...overview(inputs, options));
  for (const input of inputs) blocks.push(...section(input, options));
  blocks.push(`_Scored by apology-score ${md(options.version)} with the ${md(options.rubric.id)} rubric._`);
  return `${blocks.join('\n\n')}\n`;
};

function overview(inputs: readonly ScoredInput[], options: ReportOptions): string[] {
  const steps = options.rubric.steps;
  const gate = options.failUnder !== undefined;
  const header = ['#', 'Statement', 'Score', 'Grade', ...steps.map((s) => cell(s.title)), 'Findings', ...(gate ? ['Result'] : [])];
  const align = ['--:', '---', '--:', ':-:', ...steps.map(() => ':-:'), '--:', ...(gate ? [':-:'] : [])];
  const rows = ranked(inputs).map((input, n) => {
    const status = new Map(input.verdict.steps.map((s) => [s.id, s.status]));
    return [
      String(n + 1),
      cell(input.file),
      String(input.verdict.score),
      cell(input.verdict.grade),
      ...steps.map((s) => {
        const st = status.get(s.id);
        return st ? ICON[st] : '';
      }),
      String(input.verdict.findings.length),
      ...(gate ? [fails(input, options) ? '**FAIL**' : 'pass'] : []),
    ];
  });
  let totals = `${plural(inputs.length, 'statement')}, mean score ${meanScore(inputs)}`;
  if (gate) totals += `, ${inputs.filter((i) => fails(i, options)).length} under ${options.failUnder}`;
  return [
    '# Apology scores',
    `${totals}. ${ICON.met} met, ${ICON.partial} partial, ${ICON.missing} missing.`,
    [row(header), row(align), ...rows.map(row)].join('\n'),
  ];
}

function section(input: ScoredInput, options: ReportOptions): string[] {
  const { verdict, lines } = input;
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line}:${p.column}`;
  };
  let heading = `## ${md(input.file)}: **${verdict.score}/100 ${md(verdict.grade)}**`;
  if (fails(input, options)) heading += ` · **FAIL** (under ${options.failUnder})`;
  const out = [heading];
  const by = byline(input.meta);
  if (by) out.push(`_${md(by)}_`);

  const table = [row(['Step', 'Status', 'Evidence']), row(['---', '---', '---'])];
  for (const step of verdict.steps) {
    const quotes = step.evidence.slice(0, QUOTES_SHOWN).map((e) => `“${md(shortQuote(e.text, QUOTE_MAX))}” (${at(e.start)})`);
    if (step.evidence.length > QUOTES_SHOWN) quotes.push(`and ${step.evidence.length - QUOTES_SHOWN} more`);
    table.push(row([cell(step.title), `${ICON[step.status]} ${step.status}`, quotes.length > 0 ? quotes.join('; ') : '—']));
  }
  out.push(table.join('\n'));

  out.push('### Findings');
  if (verdict.findings.length === 0) out.push('None.');
  else {
    out.push(
      verdict.findings
        .map((f) => {
          // Rubric messages quote the finding themselves; quote it apart only when one does not.
          const quote = f.message.includes(f.text) ? '' : ` “${md(shortQuote(f.text, QUOTE_MAX))}”`;
          return `- **${at(f.start)}** ${code(f.id)}${quote}: ${md(f.message)}`;
        })
        .join('\n'),
    );
  }

  const suggestions = verdict.steps.filter((s) => s.suggestion);
  if (suggestions.length > 0) {
    out.push('### Suggestions', suggestions.map((s) => `- **${md(s.title)}** (${s.status}): ${md(s.suggestion!)}`).join('\n'));
  }

  out.push('### Summary', mdLine(verdict.summary));
  return out;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text for a table cell: escaped, on one line. */
function cell(text: string): string {
  return md(text);
}

/**
 * Text as inline Markdown that renders as itself: whitespace runs with a line break become one
 * space, and inline markup characters are backslash-escaped (`|` too, for table cells).
 */
export function md(text: string): string {
  return text.replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ').replace(/[\\`*_[\]<>|~&$#]/g, '\\$&');
}

/**
 * {@link md} for text that starts a line, which can't start a block either: `#` and `>` are
 * escaped by md() already; list markers, setext underlines and ordered-list numbers are here.
 */
export function mdLine(text: string): string {
  return md(text)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** An inline code span that holds any text (a fence longer than any backtick run inside). */
function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
