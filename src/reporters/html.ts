/**
 * The HTML reporter: one self-contained page (inline CSS, no script, nothing fetched) that shows
 * each statement with its evidence highlighted, one colour per step, and its findings underlined,
 * beside the verdict. With several statements a ranked overview links to each one's section.
 *
 * Spans overlap (the evidence of two steps, a finding inside evidence), so the statement is cut
 * at every span boundary into segments; each covered segment is one `<span>` with its source
 * offsets (`data-start`, `data-end`) and a class for every step and finding covering it
 * (`ev ev-own-up f f-passive-voice`). The segments between a span's start and end, put
 * together, are exactly its text.
 */
import type { Rubric } from '../rubric/schema.js';
import type { StepStatus } from '../verdict.js';
import { bodyStart, fails, gradeTone, meanScore, plural, ranked } from './common.js';
import type { Reporter, ReportOptions, ScoredInput } from './report-input.js';

const STEP_COLOURS = ['#fde68a', '#bfdbfe', '#bbf7d0', '#e9d5ff', '#fed7aa', '#a5f3fc', '#fbcfe8', '#d9f99d'];
const MARK: Record<StepStatus, string> = { met: '✓', partial: '½', missing: '✗' };

export const html: Reporter = (inputs, options) => {
  const colours = stepColours(inputs, options.rubric);
  const title = inputs.length === 1 ? `apology-score: ${inputs[0]!.file}` : `apology-score: ${plural(inputs.length, 'statement')}`;
  const body: string[] = ['<header>', '<h1>Apology score</h1>'];
  if (inputs.length > 1) {
    let totals = `${plural(inputs.length, 'statement')}, mean score ${meanScore(inputs)}`;
    if (options.failUnder !== undefined) totals += `, ${inputs.filter((i) => fails(i, options)).length} under ${options.failUnder}`;
    body.push(`<p class="totals">${esc(totals)}</p>`);
  }
  body.push('</header>');
  if (inputs.length > 1) body.push(overview(inputs, options));
  inputs.forEach((input, i) => body.push(section(input, i, options, colours)));
  body.push(`<footer>apology-score ${esc(options.version)}, rubric ${esc(options.rubric.id)}</footer>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="apology-score ${esc(options.version)}">`,
    `<title>${esc(title)}</title>`,
    `<style>\n${css(colours)}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** One colour per step id: the rubric's steps in order, then any other step a verdict has. */
function stepColours(inputs: readonly ScoredInput[], rubric: Rubric): Map<string, string> {
  const colours = new Map<string, string>();
  const add = (id: string) => {
    if (!colours.has(id)) colours.set(id, STEP_COLOURS[colours.size % STEP_COLOURS.length]!);
  };
  rubric.steps.forEach((s) => add(s.id));
  inputs.forEach((i) => i.verdict.steps.forEach((s) => add(s.id)));
  return colours;
}

function css(colours: Map<string, string>): string {
  const steps = [...colours].map(([id, colour]) => `.ev-${cssName(id)}, .sw-${cssName(id)} { background: ${colour}; }`);
  return `:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bad: #cf222e; --mid: #9a6700; --good: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 8px; overflow-wrap: anywhere; }
h3 { font-size: 15px; margin: 16px 0 6px; }
header, footer { color: var(--muted); }
header h1 { color: var(--fg); }
footer { margin-top: 32px; font-size: 13px; }
table.overview { border-collapse: collapse; margin: 16px 0 24px; }
table.overview th, table.overview td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; }
table.overview td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.overview td.st { text-align: center; }
section.input { border-top: 2px solid var(--line); padding-top: 16px; margin-top: 24px; }
.byline { color: var(--muted); margin: 0 0 8px; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 32px; }
@media (max-width: 860px) { .cols { grid-template-columns: minmax(0, 1fr); } }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; font-size: 13px; color: var(--muted); margin: 0 0 12px; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.8 Georgia, "Times New Roman", serif;
  border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 0; }
.text .empty { color: var(--muted); font-style: italic; }
.ev { border-radius: 2px; padding: 1px 0; }
.f { text-decoration: underline wavy var(--bad); text-decoration-skip-ink: none; text-underline-offset: 4px; }
${steps.join('\n')}
ul.legend { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px; margin-right: 5px; border: 1px solid rgba(0, 0, 0, 0.15); }
.legend-finding .sample { text-decoration: underline wavy var(--bad); text-decoration-skip-ink: none; text-underline-offset: 4px; }
.score { font-size: 34px; font-weight: 700; margin: 0; line-height: 1.2; }
.score small { font-size: 18px; color: var(--muted); font-weight: 400; }
.grade { display: inline-block; margin-left: 8px; padding: 0 10px; border-radius: 6px; color: #fff; font-size: 24px; vertical-align: 4px; }
.tone-good { background: var(--good); } .tone-fair { background: var(--mid); } .tone-poor { background: var(--bad); }
.tone-text-good { color: var(--good); font-weight: 700; } .tone-text-fair { color: var(--mid); font-weight: 700; } .tone-text-poor { color: var(--bad); font-weight: 700; }
.bar { height: 8px; background: #eef1f4; border-radius: 4px; overflow: hidden; margin: 8px 0; }
.bar span { display: block; height: 100%; }
.fail { display: inline-block; color: #fff; background: var(--bad); font-weight: 700; border-radius: 4px; padding: 0 6px; }
.summary { margin: 8px 0; }
ol.steps, ol.findings { padding-left: 0; list-style: none; margin: 0; }
ol.steps li { margin: 0 0 10px; }
ol.steps p { margin: 2px 0 0 40px; }
.mark { display: inline-block; width: 16px; font-weight: 700; text-align: center; }
.met .mark { color: var(--good); } .partial .mark { color: var(--mid); } .missing .mark { color: var(--bad); }
.status { color: var(--muted); font-size: 13px; }
.suggestion { color: var(--muted); }
ol.findings li { margin: 0 0 6px; }
.pos { color: var(--muted); font-variant-numeric: tabular-nums; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 4px; border-radius: 4px; }
.sev-error code { color: var(--bad); } .sev-warning code { color: var(--mid); }
`;
}

function overview(inputs: readonly ScoredInput[], options: ReportOptions): string {
  const steps = options.rubric.steps;
  const gate = options.failUnder !== undefined;
  const order = new Map(inputs.map((input, i) => [input, i]));
  const head = ['#', 'Statement', 'Score', 'Grade', ...steps.map((s) => s.title), 'Findings', ...(gate ? ['Result'] : [])]
    .map((h) => `<th>${esc(h)}</th>`)
    .join('');
  const rows = ranked(inputs).map((input, n) => {
    const status = new Map(input.verdict.steps.map((s) => [s.id, s.status]));
    const marks = steps.map((s) => {
      const st = status.get(s.id);
      return `<td class="st ${st ?? ''}" title="${esc(st ?? '')}"><span class="mark">${st ? MARK[st] : ''}</span></td>`;
    });
    const tone = gradeTone(input.verdict.grade, options.rubric);
    return (
      `<tr><td class="num">${n + 1}</td><td><a href="#${anchor(order.get(input)!)}">${esc(input.file)}</a></td>` +
      `<td class="num">${input.verdict.score}</td><td><span class="grade-text tone-text-${tone}">${esc(input.verdict.grade)}</span></td>` +
      `${marks.join('')}<td class="num">${input.verdict.findings.length}</td>` +
      (gate ? `<td>${fails(input, options) ? '<span class="fail">FAIL</span>' : 'pass'}</td>` : '') +
      '</tr>'
    );
  });
  return `<table class="overview">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function section(input: ScoredInput, index: number, options: ReportOptions, colours: Map<string, string>): string {
  const { verdict } = input;
  const out: string[] = [`<section class="input" id="${anchor(index)}">`, `<h2>${esc(input.file)}</h2>`, '<div class="cols">', '<div class="statement">'];

  const meta = Object.entries(input.meta);
  if (meta.length > 0) {
    out.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`);
  }
  const legend = verdict.steps.map(
    (s) => `<li class="legend-item" data-step="${esc(s.id)}"><span class="swatch sw-${cssName(s.id)}"></span>${esc(s.title)}</li>`,
  );
  legend.push('<li class="legend-item legend-finding"><span class="sample">finding</span></li>');
  out.push(`<ul class="legend">${legend.join('')}</ul>`);
  out.push(`<div class="text">${highlighted(input, colours)}</div>`);
  out.push('</div>');

  const tone = gradeTone(verdict.grade, options.rubric);
  const score = Math.max(0, Math.min(100, verdict.score));
  out.push('<aside class="verdict">');
  out.push(`<p class="score">${verdict.score}<small>/100</small><span class="grade tone-${tone}">${esc(verdict.grade)}</span></p>`);
  out.push(`<div class="bar"><span class="tone-${tone}" style="width: ${score}%"></span></div>`);
  if (fails(input, options)) out.push(`<p><span class="fail">FAIL</span> under ${options.failUnder}</p>`);
  out.push(`<p class="summary">${esc(verdict.summary)}</p>`);

  out.push('<h3>Steps</h3>', '<ol class="steps">');
  for (const step of verdict.steps) {
    let item =
      `<li class="step ${step.status}" data-step="${esc(step.id)}"><span class="swatch sw-${cssName(step.id)}"></span>` +
      `<span class="mark">${MARK[step.status]}</span> <b>${esc(step.title)}</b> <span class="status">${step.status}</span>` +
      `<p>${esc(step.explanation)}</p>`;
    if (step.suggestion) item += `<p class="suggestion">→ ${esc(step.suggestion)}</p>`;
    out.push(`${item}</li>`);
  }
  out.push('</ol>');

  out.push(`<h3>Findings (${verdict.findings.length})</h3>`);
  if (verdict.findings.length === 0) out.push('<p class="status">None.</p>');
  else {
    out.push('<ol class="findings">');
    for (const f of verdict.findings) {
      const p = input.lines.position(f.start);
      out.push(
        `<li class="sev-${esc(f.severity)}"><span class="pos">${p.line}:${p.column}</span> <code>${esc(f.id)}</code> ${esc(f.message)}</li>`,
      );
    }
    out.push('</ol>');
  }
  out.push('</aside>', '</div>', '</section>');
  return out.join('\n');
}

interface Mark {
  start: number;
  end: number;
  /** Order among the classes of a segment: steps first (rubric order), then findings. */
  rank: number;
  classes: string[];
  title: string;
  colour?: string;
}

/** The statement from its body on, cut into segments, each covered one in a `<span>`. */
function highlighted(input: ScoredInput, colours: Map<string, string>): string {
  const { source, verdict } = input;
  const from = bodyStart(input);
  const marks: Mark[] = [];
  verdict.steps.forEach((step, i) => {
    for (const e of step.evidence) {
      if (e.end <= e.start) continue;
      marks.push({
        start: e.start,
        end: e.end,
        rank: i,
        classes: ['ev', `ev-${cssName(step.id)}`],
        title: `${step.title} (${step.status})`,
        colour: colours.get(step.id),
      });
    }
  });
  const findingRank = new Map<string, number>();
  for (const f of verdict.findings) {
    if (f.end <= f.start) continue;
    if (!findingRank.has(f.id)) findingRank.set(f.id, verdict.steps.length + findingRank.size);
    marks.push({ start: f.start, end: f.end, rank: findingRank.get(f.id)!, classes: ['f', `f-${cssName(f.id)}`], title: f.message });
  }
  if (source.length <= from) return '<span class="empty">(empty)</span>';

  const cuts = new Set<number>([from, source.length]);
  for (const m of marks) {
    cuts.add(Math.max(from, Math.min(m.start, source.length)));
    cuts.add(Math.max(from, Math.min(m.end, source.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  marks.sort((a, b) => a.start - b.start);

  const out: string[] = [];
  let next = 0;
  let active: Mark[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    while (next < marks.length && marks[next]!.start <= a) active.push(marks[next++]!);
    active = active.filter((m) => m.end > a);
    const text = esc(source.slice(a, b));
    if (active.length === 0) {
      out.push(text);
      continue;
    }
    const covering = [...active].sort((x, y) => x.rank - y.rank);
    const classes = unique(covering.flatMap((m) => m.classes)).sort(classOrder);
    const titles = unique(covering.map((m) => m.title));
    const stepColours = unique(covering.filter((m) => m.colour).map((m) => m.colour!));
    let attrs = `data-start="${a}" data-end="${b}" class="${esc(classes.join(' '))}" title="${esc(titles.join('\n'))}"`;
    if (stepColours.length > 1) {
      const stops = stepColours.map((c, i) => `${c} ${(i * 100) / stepColours.length}% ${((i + 1) * 100) / stepColours.length}%`);
      attrs += ` style="background: linear-gradient(180deg, ${stops.join(', ')})"`;
    }
    out.push(`<span ${attrs}>${text}</span>`);
  }
  return out.join('');
}

/** `ev` first, then the step classes, then `f`, then the finding classes, each in order of rank. */
function classOrder(a: string, b: string): number {
  const weight = (c: string) => (c === 'ev' ? 0 : c.startsWith('ev-') ? 1 : c === 'f' ? 2 : 3);
  return weight(a) - weight(b);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function anchor(index: number): string {
  return `input-${index + 1}`;
}

/** A step or finding id as a class name: characters outside [A-Za-z0-9_-] become `_`. */
export function cssName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Text escaped for HTML content and double- or single-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
