import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { exampleInputs, inputOf, reportOptions } from './helpers.js';

describe('json reporter', () => {
  it('prints exactly the verdicts, each with its file first', () => {
    const inputs = exampleInputs();
    const out = json(inputs, reportOptions());
    const parsed: unknown = JSON.parse(out);
    expect(parsed).toEqual(inputs.map((i) => ({ file: i.file, ...i.verdict })));
    expect(Object.keys((parsed as Array<Record<string, unknown>>)[0]!)[0]).toBe('file');
  });

  it('is pretty-printed with two spaces and ends with one newline', () => {
    const out = json([inputOf('We made a mistake. I am truly sorry.')], reportOptions());
    expect(out.startsWith('[\n  {\n    "file": "statement.md",\n    "rubric": "five-step",')).toBe(true);
    expect(out.endsWith('}\n]\n')).toBe(true);
  });

  it('ignores quiet and colour', () => {
    const inputs = [inputOf('We made a mistake. I am truly sorry.')];
    expect(json(inputs, reportOptions({ quiet: true, color: true }))).toBe(json(inputs, reportOptions()));
  });

  it('prints an empty array for no input', () => {
    expect(json([], reportOptions())).toBe('[]\n');
  });
});
