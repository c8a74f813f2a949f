/**
 * The JSON reporter: exactly the Verdict contract (DESIGN.md), one array entry per input with its
 * file first: `[{ "file": ..., "rubric": ..., "score": ..., ... }]`. Nothing else, whatever the
 * options say (`quiet` and `color` have no effect), so tools can rely on the shape.
 */
import type { Reporter } from './report-input.js';

export const json: Reporter = (inputs) =>
  `${JSON.stringify(
    inputs.map((input) => ({ file: input.file, ...input.verdict })),
    null,
    2,
  )}\n`;
