import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { score, type Verdict } from 'apology-score';
import { corpusStatements } from './helpers/corpus.js';

const english = corpusStatements().filter((s) => s.lang === 'en');
const sentences = english.flatMap((s) => s.body.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 0);

/** Sentences of real statements, glued with odd separators, plus noise: what a review bot gets pasted. */
const statement = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...sentences),
        fc.constantFrom('\r\n', '\n\n', '\t', '  ', '\u2028', '😀 ', 'שלום ', '\u0000', '\ud800', '…', '“', '’'),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(' ')),
);

function spansOf(verdict: Verdict) {
  return [...verdict.steps.flatMap((s) => s.evidence), ...verdict.findings];
}

describe('every span of every verdict', () => {
  it('quotes the input exactly, for arbitrary statements', () => {
    fc.assert(
      fc.property(statement, (text) => {
        const verdict = score(text);
        for (const span of spansOf(verdict)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(Number.isInteger(verdict.score)).toBe(true);
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes the input exactly in every corpus statement, and findings come in text order', () => {
    for (const { body } of english) {
      const verdict = score(body);
      for (const span of spansOf(verdict)) expect(body.slice(span.start, span.end)).toBe(span.text);
      const starts = verdict.findings.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
