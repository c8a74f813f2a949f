import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/reporters/ansi.js';
import { text } from '../../src/reporters/text.js';
import { exampleInput, exampleInputs, inputOf, reportOptions } from './helpers.js';

const ESC = '\x1b[';

describe('text reporter', () => {
  it('colours only when asked, and the colours are only SGR codes around the same text', () => {
    const inputs = [exampleInput('01-'), exampleInput('51-')];
    for (const quiet of [false, true]) {
      const plain = text(inputs, reportOptions({ quiet, failUnder: 50 }));
      const coloured = text(inputs, reportOptions({ quiet, failUnder: 50, color: true }));
      expect(plain).not.toContain('\x1b');
      expect(coloured).toContain(`${ESC}31m`); // red: missing steps, FAIL
      expect(coloured).toContain(`${ESC}1m`); // bold: the file
      expect(stripAnsi(coloured)).toBe(plain);
    }
    expect(text(inputs, reportOptions({ color: true }))).toContain(`${ESC}32m`); // green: met steps
  });

  it('quiet: one line per statement and a total', () => {
    const out = text(exampleInputs(), reportOptions({ quiet: true, failUnder: 50 }));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(exampleInputs().length + 1);
    expect(lines[0]).toMatch(/^examples\/crowdstrike\/01-crowdstrike-kurtz-x-first\.md +\d+\/100 F +\d+ findings +FAIL$/);
    expect(lines.find((l) => l.includes('51-'))).toMatch(/ 64\/100 C +3 findings$/);
    const failing = exampleInputs().filter((i) => i.verdict.score < 50).length;
    const mean = Math.round(exampleInputs().reduce((s, i) => s + i.verdict.score, 0) / exampleInputs().length);
    expect(lines.at(-1)).toBe(`8 statements, mean ${mean}, ${failing} under 50`);
  });

  it('quiet, one statement: no total line, no FAIL without --fail-under', () => {
    expect(text([exampleInput('51-')], reportOptions({ quiet: true }))).toBe(
      'examples/crowdstrike/51-linkedin-model-apology.md   64/100 C  3 findings\n',
    );
  });

  it('full: steps with marks, evidence at line:col, findings at line:col, summary', () => {
    const input = exampleInput('51-');
    const out = text([input], reportOptions());
    const lines = out.split('\n');
    expect(lines[0]).toBe(input.file);
    expect(out).toContain('  ✓ Own up\n');
    expect(out).toContain('  ✗ State the solution\n');
    for (const step of input.verdict.steps) {
      const e = step.evidence[0];
      if (!e) continue;
      const p = input.lines.position(e.start);
      expect(out).toContain(`${p.line}:${p.column}  “${e.text.slice(0, 10)}`);
    }
    for (const f of input.verdict.findings) {
      const p = input.lines.position(f.start);
      expect(out).toMatch(new RegExp(`\\n  ${p.line}:${p.column} +${f.id} +`));
    }
    expect(out).toContain(input.verdict.summary.slice(0, 40));
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('wraps at 100 columns and is deterministic', () => {
    const out = text(exampleInputs(), reportOptions({ failUnder: 50 }));
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(text(exampleInputs(), reportOptions({ failUnder: 50 }))).toBe(out);
  });

  it('a blank statement gets a report too', () => {
    const out = text([inputOf('\n')], reportOptions());
    expect(out).toContain('0/100');
    expect(out).toContain('No findings.');
  });
});

describe('text reporter and terminal control characters', () => {
  it('prints a statement’s control characters as visible escapes, never raw', () => {
    const source = 'We made a mistake \x1b[2J and I am truly sorry\x07 for the outage.\u202e';
    const input = inputOf(source, 'evil\x1b]0;title\x07.md');
    input.verdict.steps[0]!.evidence = [{ start: 0, end: 22, text: source.slice(0, 22), check: 'test', strength: 'strong' }];
    for (const quiet of [false, true]) {
      const out = text([input], reportOptions({ quiet }));
      expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
      expect(out).toContain('evil\\u{1b}]0;title\\u{7}.md');
      if (!quiet) expect(out).toContain('“We made a mistake \\u{1b}[2J”');
    }
  });
});
