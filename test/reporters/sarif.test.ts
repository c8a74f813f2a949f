import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { artifactUri, pascalCase, sarif } from '../../src/reporters/sarif.js';
import type { ScoredInput } from '../../src/reporters/report-input.js';
import { exampleInputs, inputOf, RUBRIC, reportOptions } from './helpers.js';

// The OASIS SARIF 2.1.0 schema (draft-07); where the copy comes from: test/fixtures/sarif-schema-2.1.0.md.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

// The schema uses three formats; ajv-formats is not a dependency, so they are checked here.
const ajv = new Ajv({ strict: false, allErrors: true });
const URI_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]*$/;
const PERCENT = /%(?![0-9A-Fa-f]{2})/;
ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s) && !PERCENT.test(s));
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s) && !PERCENT.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(s));
const validate = ajv.compile(schema);

interface Region {
  startLine: number; startColumn: number; endLine: number; endColumn: number;
  charOffset: number; charLength: number; snippet?: { text: string };
}
interface Result {
  ruleId: string; ruleIndex: number; level: string; message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number }; region: Region } }>;
  properties?: Record<string, unknown>;
}
interface Log {
  $schema: string; version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    artifacts: Array<{ location: { uri: string }; properties: Record<string, unknown> }>;
    results: Result[];
    columnKind: string;
  }>;
}

function report(inputs: ScoredInput[]): Log {
  const out = sarif(inputs, reportOptions({ version: '1.2.3' }));
  expect(out.endsWith('}\n')).toBe(true);
  return JSON.parse(out) as Log;
}

function expectValid(log: Log): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 for the CrowdStrike statements', () => {
    const log = report(exampleInputs());
    expectValid(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect([driver.name, driver.version, driver.informationUri]).toEqual(['apology-score', '1.2.3', 'https://www.npmjs.com/package/apology-score']);
  });

  it('the schema check does catch mistakes', () => {
    const log = report(exampleInputs().slice(0, 1));
    const bad = structuredClone(log);
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(bad)).toBe(false);
    const badUri = structuredClone(log);
    badUri.runs[0]!.artifacts[0]!.location.uri = 'has space.md';
    expect(validate(badUri)).toBe(false);
    const badRegion = structuredClone(log);
    (badRegion.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as { startLine: number }).startLine = 0;
    expect(validate(badRegion)).toBe(false);
  });

  it('is valid for awkward inputs: stdin, a blank statement, a path with spaces and backslashes', () => {
    const inputs = [
      inputOf('', '<stdin>'),
      inputOf('   \n\n', 'drafts\\blank one.md'),
      inputOf('Mistakes were made. Sorry if anyone was affected.\r\nWe will fix it.', 'drafts/näive #2.md'),
    ];
    const log = report(inputs);
    expectValid(log);
    expect(log.runs[0]!.artifacts.map((a) => a.location.uri)).toEqual(['stdin', 'drafts/blank%20one.md', 'drafts/n%C3%A4ive%20%232.md']);
  });

  it('has a rule per anti-pattern and per step, and every result points at its rule', () => {
    const log = report(exampleInputs());
    const { rules } = log.runs[0]!.tool.driver;
    expect(rules.map((r) => r.id)).toEqual([...RUBRIC.antiPatterns.map((a) => a.id), ...RUBRIC.steps.map((s) => `step/${s.id}`)]);
    for (const a of RUBRIC.antiPatterns) {
      const rule = rules.find((r) => r.id === a.id)!;
      expect(rule.name).toBe(pascalCase(a.title));
      expect(rule.shortDescription.text).toBe(a.title);
      expect(rule.fullDescription.text).toBe(a.why);
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[a.severity]);
      expect(rule.properties.penalty).toBe(a.penalty);
    }
    const ownUp = rules.find((r) => r.id === 'step/own-up')!;
    expect(ownUp.shortDescription.text).toBe('Missing step: Own up');
    expect(ownUp.fullDescription.text).toBe(RUBRIC.steps[0]!.why);
    for (const result of log.runs[0]!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('puts every finding at its exact region', () => {
    const inputs = [...exampleInputs(), inputOf('Mistakes were made.\r\nSorry if anyone was “affected” 😬 by the inconvenience.\rThis is not a security incident.', 'crlf.md')];
    const log = report(inputs);
    expectValid(log);
    const results = log.runs[0]!.results.filter((r) => !r.ruleId.startsWith('step/'));
    expect(results).toHaveLength(inputs.reduce((n, i) => n + i.verdict.findings.length, 0));
    let k = 0;
    inputs.forEach((input, index) => {
      for (const f of input.verdict.findings) {
        const result = results[k++]!;
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        expect(artifactLocation).toEqual({ uri: log.runs[0]!.artifacts[index]!.location.uri, index });
        expect(result.ruleId).toBe(f.id);
        expect(result.message.text).toBe(f.message);
        expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
        expect(input.source.slice(region.charOffset, region.charOffset + region.charLength)).toBe(f.text);
        expect(region.snippet?.text).toBe(f.text);
        const from = input.lines.position(f.start);
        const to = input.lines.position(f.end);
        expect([region.startLine, region.startColumn, region.endLine, region.endColumn]).toEqual([from.line, from.column, to.line, to.column]);
      }
    });
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  it('reports each step that is not met: missing at the first line of the statement, partial at its first evidence', () => {
    const inputs = exampleInputs();
    const log = report(inputs);
    const stepResults = log.runs[0]!.results.filter((r) => r.ruleId.startsWith('step/'));
    const expected = inputs.flatMap((input, index) => input.verdict.steps.filter((s) => s.status !== 'met').map((s) => ({ input, index, step: s })));
    expect(stepResults).toHaveLength(expected.length);
    expected.forEach(({ input, index, step }, k) => {
      const result = stepResults[k]!;
      expect(result.ruleId).toBe(`step/${step.id}`);
      expect(result.level).toBe(step.status === 'missing' ? 'warning' : 'note');
      expect(result.message.text).toBe(`${step.explanation} ${step.suggestion}`);
      expect(result.locations[0]!.physicalLocation.artifactLocation.index).toBe(index);
      const { region } = result.locations[0]!.physicalLocation;
      if (step.status === 'partial') {
        expect(region.charOffset).toBe(step.evidence[0]!.start);
        expect(region.snippet?.text).toBe(step.evidence[0]!.text);
      } else {
        // The examples' statements start on line 10, after their front matter.
        expect(region.startLine).toBe(10);
        expect(region.startColumn).toBe(1);
        expect(region.snippet?.text).toBe(input.source.split('\n')[9]!.trimEnd());
      }
    });
  });

  it('carries each statement score and grade on its artifact', () => {
    const log = report(exampleInputs());
    expect(log.runs[0]!.artifacts.map((a) => [a.location.uri, a.properties.score, a.properties.grade])).toEqual(
      exampleInputs().map((i) => [i.file, i.verdict.score, i.verdict.grade]),
    );
  });

  it('turns file names into relative URI references', () => {
    expect(artifactUri('<stdin>')).toBe('stdin');
    expect(artifactUri('a\\b\\c.md')).toBe('a/b/c.md');
    expect(artifactUri('./x y/z?.md')).toBe('./x%20y/z%3F.md');
    expect(artifactUri('C:\\drafts\\a.md')).toBe('file:///C:/drafts/a.md');
    expect(pascalCase("Gratitude instead of apology")).toBe('GratitudeInsteadOfApology');
  });
});
