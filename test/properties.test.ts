/**
 * Properties of score() over arbitrary strings, beside test/spans.property.test.ts (which checks
 * exact spans and the 0..100 range on its generator): never throws, a valid verdict for more kinds
 * of strings, blank strings are empty statements, determinism, and a clear apology never hurts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { score, type StepStatus } from 'apology-score';
import { corpusSentences, oddPieces, statementArb } from './helpers/statements.js';
import { expectValidVerdict } from './helpers/verdict.js';

/** Characters JavaScript's trim() removes: a statement made of them is empty. */
const WHITESPACE = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

/** More kinds of strings than statementArb: ASCII controls, composite graphemes, and words of the corpus mixed with any text. */
const anyText = fc.oneof(
  statementArb,
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...corpusSentences),
        fc.constantFrom(...corpusSentences).map((s) => s.split(/\s+/).slice(0, 4).join(' ')),
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom(...oddPieces, 'if', 'not', 'but', 'sorry', 'we', 'Mr.', 'U.S.', '(', '"', ':'),
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(' ')),
);

const CLEAR_APOLOGIES = ['We are sorry.', 'I apologize.', 'We made a mistake and we are sorry.', 'I am truly sorry for the harm we caused.'];
const RANK: Record<StepStatus, number> = { missing: 0, partial: 1, met: 2 };
const apologize = (text: string) => score(text).steps.find((s) => s.id === 'apologize')!;

describe('score() on arbitrary strings', () => {
  it('never throws and always returns a valid verdict with exact spans', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectValidVerdict(text, score(text));
      }),
      { numRuns: 200 },
    );
  });

  it('treats any string of whitespace as an empty statement: score 0, every step missing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const verdict = score(text);
        expectValidVerdict(text, verdict);
        expect(verdict.score).toBe(0);
        expect(verdict.steps.every((s) => s.status === 'missing')).toBe(true);
        expect(verdict.findings).toEqual([]);
        expect(verdict.summary).toMatch(/empty/);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same verdict twice, whatever was scored in between', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, other) => {
        const first = score(text);
        score(other);
        expect(score(text)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('a clear apology, appended, prepended or inserted, never lowers the apologize step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, fc.constantFrom(...corpusSentences)), { maxLength: 6 }),
        fc.constantFrom(...CLEAR_APOLOGIES),
        fc.constantFrom(' ', '\n', '\n\n', '\r\n', ''),
        fc.nat(),
        (parts, sentence, separator, at) => {
          const text = parts.join(' ');
          const before = apologize(text);
          const k = at % (parts.length + 1);
          const inserted = [...parts.slice(0, k), sentence, ...parts.slice(k)].join(' ');
          for (const withApology of [text + separator + sentence, sentence + separator + text, inserted]) {
            const after = apologize(withApology);
            expect(RANK[after.status], JSON.stringify({ before: before.status, after: after.status, withApology })).toBeGreaterThanOrEqual(RANK[before.status]);
            expect(after.score).toBeGreaterThanOrEqual(before.score);
          }
          // In a paragraph of its own, the apology meets the step.
          for (const withApology of [`${text}\n\n${sentence}`, `${sentence}\n\n${text}`]) {
            expect(apologize(withApology).status, JSON.stringify(withApology)).toBe('met');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
