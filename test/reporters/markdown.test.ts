import { describe, expect, it } from 'vitest';
import { markdown, md, mdLine } from '../../src/reporters/markdown.js';
import { exampleInputs, inputOf, reportOptions } from './helpers.js';
import type { ScoredInput } from '../../src/reporters/report-input.js';

/** Pipes a GFM table splits a row on: not preceded by an odd number of backslashes. */
function cellPipes(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) count++;
  }
  return count;
}

/** Every table of the document: each a list of consecutive lines starting with `|`. */
function tables(doc: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of doc.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** A scored statement with evidence and a finding text replaced by markup-laden text. */
function withMarkup(): ScoredInput {
  const source = 'We made a **big** mistake | and I am *truly* sorry for the outage.\nIt was not a security | incident, and `we` will [fix](x) it <b>now</b>.\n';
  const input = inputOf(source);
  // Whatever the scorer found, make sure some quotes carry the dangerous characters.
  input.verdict.steps[0]!.evidence = [{ start: 0, end: 27, text: source.slice(0, 27), check: 'test', strength: 'strong' }];
  const quote = 'was not a security | incident';
  const start = source.indexOf(quote);
  input.verdict.findings.push({
    id: 'denial', title: 'Denial', severity: 'error', start, end: start + quote.length, text: quote,
    message: `Says what it was not: “${quote}”.`, penalty: 0,
  });
  return input;
}

describe('markdown reporter', () => {
  it('every table row has as many cell pipes as its header, even with | and * in quotes', () => {
    const input = withMarkup();
    expect(input.verdict.steps[0]!.evidence[0]!.text).toContain('|');
    const doc = markdown([input, ...exampleInputs()], reportOptions({ failUnder: 50 }));
    const found = tables(doc);
    expect(found.length).toBe(1 + 1 + exampleInputs().length);
    for (const table of found) {
      const pipes = cellPipes(table[0]!);
      for (const row of table) expect(cellPipes(row), row).toBe(pipes);
    }
  });

  it('escapes markup in quoted statement text', () => {
    const doc = markdown([withMarkup()], reportOptions());
    expect(doc).toContain('“We made a \\*\\*big\\*\\* mistake \\|”');
    expect(doc).toContain('“was not a security \\| incident”');
    expect(doc).toContain('I am \\*truly\\* sorry');
    expect(doc).not.toContain('<b>');
    expect(doc).not.toMatch(/[^\\]\*\*big/);
  });

  it('md() keeps text on one line, mdLine() out of block syntax', () => {
    expect(md('a\nb\r\n  c')).toBe('a b c');
    expect(md('version 1.2.0-beta')).toBe('version 1.2.0-beta');
    expect(mdLine('# not a heading')).toBe('\\# not a heading');
    expect(mdLine('- not a list')).toBe('\\- not a list');
    expect(mdLine('1. not a list')).toBe('1\\. not a list');
    expect(mdLine('> not a quote')).toBe('\\> not a quote');
    expect(mdLine('64/100 (C).')).toBe('64/100 (C).');
    expect(md('a_b*c`d[e]f<g>h|i~j&k$l\\m')).toBe('a\\_b\\*c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k\\$l\\\\m');
  });

  it('one statement: heading with score and grade in bold, a step table, findings, suggestions, summary', () => {
    const input = exampleInputs().find((i) => i.file.includes('51-'))!;
    const doc = markdown([input], reportOptions());
    expect(doc.startsWith('## examples/crowdstrike/51-linkedin-model-apology.md: **64/100 C**\n')).toBe(true);
    expect(doc).toContain('| Step | Status | Evidence |');
    expect(doc).toContain('| Own up | ✅ met | “we mistakenly sent” (10:8) |');
    expect(doc).toContain('| State the solution | ❌ missing | — |');
    expect(doc).toContain('### Findings\n\n- **10:33** `minimizing`: Shrinks the harm');
    expect(doc).toContain('### Suggestions\n\n- **State the solution** (missing): ');
    expect(doc).toContain(`### Summary\n\n${md(input.verdict.summary)}\n`);
    expect(doc).not.toContain('# Apology scores');
  });

  it('several statements: a ranked overview first', () => {
    const doc = markdown(exampleInputs(), reportOptions());
    const overview = tables(doc)[0]!;
    const scores = overview.slice(2).map((row) => Number(row.split('|')[3]!.trim()));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(overview[2]).toContain('51-linkedin-model-apology.md');
  });
});
