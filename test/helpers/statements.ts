import fc from 'fast-check';
import { corpusStatements } from './corpus.js';

export const englishStatements = corpusStatements().filter((s) => s.lang === 'en');

/** The sentences of the English corpus statements, cut after . ! or ?. */
export const corpusSentences = englishStatements.flatMap((s) => s.body.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 0);

/** Odd separators and characters a pasted statement carries. */
export const oddPieces = ['\r\n', '\n\n', '\t', '  ', '\u2028', '😀 ', 'שלום ', '\u0000', '\ud800', '…', '“', '’'] as const;

/** Sentences of real statements, glued with odd separators, plus noise: what a review bot gets pasted. */
export const statementArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...corpusSentences), fc.constantFrom(...oddPieces)), { maxLength: 12 })
    .map((parts) => parts.join(' ')),
);
