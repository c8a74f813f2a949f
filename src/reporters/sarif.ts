/**
 * The SARIF 2.1.0 reporter, for code-scanning tools (GitHub code scanning, IDE viewers).
 *
 * One run. Its rules are the rubric's anti-patterns (by finding id) and one rule per step,
 * `step/<id>`, reported when the step is missing (warning) or partial (note). Every finding is a
 * result with its exact region; a step that is not met is a result at the statement's first
 * line (missing) or at its first evidence (partial). Columns and offsets count UTF-16 code units,
 * as `LineIndex` does (`run.columnKind`). Each artifact carries its statement's score and grade.
 */
import type { AntiPattern, Step } from '../rubric/schema.js';
import type { Severity, StepResult } from '../verdict.js';
import { bodyStart } from './common.js';
import { md } from './markdown.js';
import type { Reporter, ScoredInput } from './report-input.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/apology-score';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet?: { text: string };
}

export const sarif: Reporter = (inputs, options) => {
  const { rubric } = options;
  const rules = [...rubric.antiPatterns.map(antiPatternRule), ...rubric.steps.map(stepRule)];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // A finding id the rubric does not list (a rubric changed between scoring and reporting)
  // still gets a rule, made from the finding itself.
  for (const input of inputs) {
    for (const f of input.verdict.findings) {
      if (ruleIndex.has(f.id)) continue;
      ruleIndex.set(f.id, rules.length);
      rules.push(antiPatternRule({ id: f.id, title: f.title, severity: f.severity, penalty: f.penalty, message: f.message }));
    }
  }

  const results: unknown[] = [];
  inputs.forEach((input, artifactIndex) => {
    const uri = artifactUri(input.file);
    const location = (region: Region) => ({
      physicalLocation: { artifactLocation: { uri, index: artifactIndex }, region },
    });
    for (const f of input.verdict.findings) {
      results.push({
        ruleId: f.id,
        ruleIndex: ruleIndex.get(f.id)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(region(input, f.start, f.end))],
        properties: { penalty: f.penalty },
      });
    }
    for (const step of input.verdict.steps) {
      if (step.status === 'met') continue;
      const id = stepRuleId(step.id);
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(id, index);
        rules.push(stepRule({ id: step.id, title: step.title, weight: step.weight }));
      }
      results.push({
        ruleId: id,
        ruleIndex: index,
        level: step.status === 'missing' ? 'warning' : 'note',
        message: { text: step.suggestion ? `${step.explanation} ${step.suggestion}` : step.explanation },
        locations: [location(stepRegion(input, step))],
        properties: { status: step.status, weight: step.weight, stepScore: step.score },
      });
    }
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apology-score',
            version: options.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: inputs.map((input) => ({
          location: { uri: artifactUri(input.file) },
          properties: { score: input.verdict.score, grade: input.verdict.grade, summary: input.verdict.summary },
        })),
        results,
        properties: { rubric: rubric.id, lang: rubric.lang },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function antiPatternRule(a: Pick<AntiPattern, 'id' | 'title' | 'severity' | 'penalty' | 'why' | 'message'>) {
  const description = a.why ?? a.message.replace(/\{text\}/g, '…');
  return {
    id: a.id,
    name: pascalCase(a.title),
    shortDescription: { text: a.title },
    fullDescription: { text: description },
    help: {
      text: `${a.title} (${a.severity}, ${a.penalty} points off, once): ${description}`,
      markdown: `**${md(a.title)}** (\`${a.id}\`, ${a.severity}, ${a.penalty} points off, once): ${md(description)}`,
    },
    defaultConfiguration: { level: LEVEL[a.severity] },
    properties: { penalty: a.penalty, severity: a.severity },
  };
}

function stepRule(step: Pick<Step, 'id' | 'title' | 'weight'> & Partial<Pick<Step, 'why' | 'suggestions'>>) {
  const why = step.why ?? `The ${step.title.toLowerCase()} step of the apology rubric.`;
  const advice = step.suggestions ? generic(step.suggestions.missing) : undefined;
  const help = advice ? `${why} ${advice}` : why;
  return {
    id: stepRuleId(step.id),
    name: `Missing${pascalCase(step.title)}`,
    shortDescription: { text: `Missing step: ${step.title}` },
    fullDescription: { text: why },
    help: { text: help, markdown: `**${md(step.title)}** (weight ${step.weight}): ${md(help)}` },
    defaultConfiguration: { level: 'warning' as Level },
    properties: { weight: step.weight },
  };
}

/** The alternative that needs no placeholder (the general one rubrics list last), else the last. */
function generic(templates: readonly string[]): string | undefined {
  return templates.find((t) => !/\{[a-z]+(?::[a-z-]+)?\}/.test(t)) ?? templates[templates.length - 1];
}

export function stepRuleId(stepId: string): string {
  return `step/${stepId}`;
}

/** "Gratitude instead of apology" → "GratitudeInsteadOfApology". */
export function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The file as a relative URI reference: forward slashes, each path segment percent-encoded;
 * `<stdin>` becomes `stdin`, a Windows drive path a `file:` URI.
 */
export function artifactUri(file: string): string {
  if (file === '<stdin>') return 'stdin';
  const path = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map((s) => encodeURIComponent(s)).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return `file:///${drive[1]}:/${encode(path.slice(3))}`;
  return encode(path);
}

function region(input: ScoredInput, start: number, end: number): Region {
  const from = input.lines.position(start);
  const to = input.lines.position(end);
  const r: Region = {
    startLine: from.line,
    startColumn: from.column,
    endLine: to.line,
    endColumn: to.column,
    charOffset: start,
    charLength: end - start,
  };
  if (end > start) r.snippet = { text: input.source.slice(start, end) };
  return r;
}

/** A partial step at its first evidence; a missing one at the statement's first non-blank line. */
function stepRegion(input: ScoredInput, step: StepResult): Region {
  const first = step.evidence[0];
  if (first) return region(input, first.start, first.end);
  const { source } = input;
  let start = bodyStart(input);
  while (start < source.length && /\s/.test(source[start]!)) start++;
  if (start >= source.length) return region(input, source.length, source.length);
  let end = start;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return region(input, start, end);
}
