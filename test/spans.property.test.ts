import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { score } from 'apology-score';
import { englishStatements as english, statementArb as statement } from './helpers/statements.js';
import { spansOf } from './helpers/verdict.js';

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

  it('never starts or ends a quote inside a word in a corpus statement', () => {
    const letter = /[\p{L}\p{N}]/u;
    let spans = 0;
    for (const { id, body } of english) {
      for (const span of spansOf(score(body))) {
        spans++;
        const cut = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && letter.test(a) && letter.test(b);
        expect(cut(body[span.start - 1], body[span.start]), `${id}: “${span.text}”`).toBe(false);
        expect(cut(body[span.end - 1], body[span.end]), `${id}: “${span.text}”`).toBe(false);
      }
    }
    expect(spans).toBeGreaterThan(150);
  });
});
