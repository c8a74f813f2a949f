/**
 * `npm run example`: scores every bundled CrowdStrike statement (examples/crowdstrike/)
 * and prints them ranked, best first, with each verdict's steps and its most serious finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { score, type Verdict } from 'apology-score';
import { parseStatementFile } from '../src/input/statement-file.js';

const folder = new URL('./crowdstrike/', import.meta.url);
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const MARK = { met: paint(32, '✓'), partial: paint(33, '½'), missing: paint(31, '✗') };
const SEVERITY = { error: 0, warning: 1, info: 2 };

interface Row {
  file: string;
  author: string;
  date: string;
  verdict: Verdict;
}

const rows: Row[] = [];
const skipped: string[] = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) {
  const { meta, body } = parseStatementFile(readFileSync(new URL(file, folder), 'utf8'));
  if ((meta.lang ?? 'en') !== 'en') {
    skipped.push(`${file} (${meta.lang}: scored once the French analyzer lands)`);
    continue;
  }
  rows.push({ file, author: meta.author ?? '?', date: meta.date ?? '?', verdict: score(body) });
}
rows.sort((a, b) => b.verdict.score - a.verdict.score || a.file.localeCompare(b.file));

const steps = rows[0]?.verdict.steps.map((s) => s.id) ?? [];
console.log(`CrowdStrike statements, ranked by the five-step apology rubric (${rows.length} scored)\n`);
console.log(`  #  score grade  ${steps.map((s) => s.slice(0, 4).padEnd(5)).join('')} statement`);
rows.forEach((row, n) => {
  const { verdict } = row;
  const marks = verdict.steps.map((s) => `${MARK[s.status]}    `).join('');
  console.log(`${String(n + 1).padStart(3)}  ${String(verdict.score).padStart(5)}   ${verdict.grade.padEnd(4)} ${marks}${row.file.replace(/\.md$/, '')}`);
  console.log(`${' '.repeat(44)}${paint(2, `${row.author}, ${row.date}`)}`);
  const worst = [...verdict.findings].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || b.penalty - a.penalty)[0];
  if (worst) console.log(`${' '.repeat(44)}${paint(31, worst.id)}: “${worst.text}”`);
});
console.log(`\nSteps: ${steps.join(', ')}   ${MARK.met} met  ${MARK.partial} partial  ${MARK.missing} missing`);
if (skipped.length > 0) console.log(`Not scored: ${skipped.join('; ')}`);

const best = rows[0];
if (best) console.log(`\nThe best one, ${best.file}:\n${best.verdict.summary}`);
const worst = rows[rows.length - 1];
if (worst && worst !== best) console.log(`\nThe worst one, ${worst.file}:\n${worst.verdict.summary}`);
