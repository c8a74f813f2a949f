import { palette } from '../reporters/ansi.js';
import { ranked } from '../reporters/common.js';
import type { ScoredInput } from '../reporters/report-input.js';
import type { StepStatus } from '../verdict.js';

/** How a draft scored, in short: what `compare` lines up side by side. */
export interface DraftSummary {
  file: string;
  score: number;
  grade: string;
  steps: Array<{ id: string; title: string; status: StepStatus }>;
  /** Finding ids, once each, in text order. */
  findings: string[];
}

/** What changed from one draft to the next. */
export interface DraftChange {
  from: string;
  to: string;
  scoreDelta: number;
  steps: Array<{ id: string; title: string; from: StepStatus; to: StepStatus }>;
  findingsAdded: string[];
  findingsRemoved: string[];
}

export interface Comparison {
  drafts: DraftSummary[];
  /** Files from the best score to the worst, ranked as every report ranks them. */
  ranking: string[];
  changes: DraftChange[];
}

export function compareDrafts(inputs: readonly ScoredInput[]): Comparison {
  const drafts = inputs.map(({ file, verdict }): DraftSummary => ({
    file,
    score: verdict.score,
    grade: verdict.grade,
    steps: verdict.steps.map((s) => ({ id: s.id, title: s.title, status: s.status })),
    findings: [...new Set(verdict.findings.map((f) => f.id))],
  }));
  const ranking = ranked(inputs).map((i) => i.file);
  const changes = drafts.slice(1).map((to, n): DraftChange => {
    const from = drafts[n]!;
    return {
      from: from.file,
      to: to.file,
      scoreDelta: to.score - from.score,
      steps: to.steps.flatMap((s, k) => (from.steps[k]?.status !== s.status ? [{ id: s.id, title: s.title, from: from.steps[k]!.status, to: s.status }] : [])),
      findingsAdded: to.findings.filter((id) => !from.findings.includes(id)),
      findingsRemoved: from.findings.filter((id) => !to.findings.includes(id)),
    };
  });
  return { drafts, ranking, changes };
}

const MARK: Record<StepStatus, string> = { met: '✓', partial: '½', missing: '✗' };
const RANK: Record<StepStatus, number> = { missing: 0, partial: 1, met: 2 };

/** Side-by-side table, then what changed between each pair of consecutive drafts. */
export function compareText(c: Comparison, color: boolean): string {
  const p = palette(color);
  const names = c.drafts.map((d, n) => `#${n + 1}`);
  const label = Math.max(5, ...c.drafts[0]!.steps.map((s) => s.title.length));
  const cell = (s: string) => s.padStart(7);
  const lines: string[] = [];
  c.drafts.forEach((d, n) => lines.push(`${p.dim(names[n]!)}  ${d.file}`));
  lines.push('');
  lines.push(`${''.padEnd(label)}${names.map(cell).join('')}`);
  lines.push(`${p.bold('Score'.padEnd(label))}${c.drafts.map((d) => cell(`${d.score} ${d.grade}`)).join('')}`);
  c.drafts[0]!.steps.forEach((step, k) => {
    lines.push(`${step.title.padEnd(label)}${c.drafts.map((d) => cell(MARK[d.steps[k]!.status])).join('')}`);
  });
  lines.push(`${'Finding kinds'.padEnd(label)}${c.drafts.map((d) => cell(String(d.findings.length))).join('')}`);
  lines.push('');
  c.changes.forEach((change, n) => {
    const delta = change.scoreDelta;
    const sign = delta > 0 ? p.green(`+${delta}`) : delta < 0 ? p.red(String(delta)) : '±0';
    lines.push(`${p.bold(`${names[n]} → ${names[n + 1]}`)}  score ${sign}`);
    for (const s of change.steps) {
      const better = RANK[s.to] > RANK[s.from];
      lines.push(`  ${(better ? p.green : p.red)(`${s.title}: ${s.from} → ${s.to}`)}`);
    }
    if (change.findingsRemoved.length > 0) lines.push(`  ${p.green(`fixed: ${change.findingsRemoved.join(', ')}`)}`);
    if (change.findingsAdded.length > 0) lines.push(`  ${p.red(`new: ${change.findingsAdded.join(', ')}`)}`);
    if (change.steps.length === 0 && change.findingsAdded.length === 0 && change.findingsRemoved.length === 0) lines.push(`  ${p.dim('no step or finding changed')}`);
  });
  lines.push('');
  lines.push(`Best: ${c.ranking[0]} (${c.drafts.find((d) => d.file === c.ranking[0])!.score})`);
  return `${lines.join('\n')}\n`;
}

/** The same as a Markdown table and list, for a pull-request comment. */
export function compareMarkdown(c: Comparison): string {
  const out: string[] = ['## Drafts compared', ''];
  out.push(`| | ${c.drafts.map((d, n) => `#${n + 1} \`${d.file.replace(/[`|]/g, '\\$&')}\``).join(' | ')} |`);
  out.push(`|---|${c.drafts.map(() => '---').join('|')}|`);
  out.push(`| **Score** | ${c.drafts.map((d) => `**${d.score}** ${d.grade}`).join(' | ')} |`);
  c.drafts[0]!.steps.forEach((step, k) => {
    out.push(`| ${step.title} | ${c.drafts.map((d) => `${MARK[d.steps[k]!.status]} ${d.steps[k]!.status}`).join(' | ')} |`);
  });
  out.push(`| Finding kinds | ${c.drafts.map((d) => String(d.findings.length)).join(' | ')} |`, '');
  c.changes.forEach((change, n) => {
    const delta = change.scoreDelta > 0 ? `+${change.scoreDelta}` : String(change.scoreDelta);
    out.push(`- **#${n + 1} → #${n + 2}**: score ${delta}`);
    for (const s of change.steps) out.push(`  - ${s.title}: ${s.from} → ${s.to}`);
    if (change.findingsRemoved.length > 0) out.push(`  - fixed: ${change.findingsRemoved.map((id) => `\`${id}\``).join(', ')}`);
    if (change.findingsAdded.length > 0) out.push(`  - new: ${change.findingsAdded.map((id) => `\`${id}\``).join(', ')}`);
  });
  out.push('', `Best: \`${c.ranking[0]}\``);
  return `${out.join('\n')}\n`;
}
