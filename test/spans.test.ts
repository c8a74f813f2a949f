import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../src/analysis/analyze-en.js';
import { mergedSpans } from '../src/scoring/spans.js';
import type { Hit } from '../src/checks/hit.js';

/** A hit over the tokens from the first whose text is `from` to the first whose text is `to`, inclusive. */
function hit(text: string, from: string, to: string) {
  const doc = analyzeEnglish(text);
  const values = doc.tokens.map((t) => t.text);
  const start = values.indexOf(from);
  const end = values.indexOf(to, start) + 1;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const h: Hit = { tokenStart: start, tokenEnd: end, sentence: doc.tokens[start]!.sentence, check: 'test' };
  return { doc, h };
}

describe('mergedSpans', () => {
  it('never starts a quote inside a word that wink split', () => {
    const { doc, h } = hit('Trust us: this won’t happen again.', 'n’t', 'again');
    expect(mergedSpans(doc, [h]).map((s) => [s.text, s.start])).toEqual([['won’t happen again', 15]]);
  });

  it('never ends a quote inside a word, so a negation is not cut off', () => {
    const { doc, h } = hit("We don't blame the vendor.", 'We', 'do');
    expect(mergedSpans(doc, [h]).map((s) => s.text)).toEqual(["We don't"]);
  });

  it('takes in the halves of "I\'m" and possessives, and leaves punctuation and hyphens as they are', () => {
    expect(mergedSpans(...pair(hit("I'm sorry.", "'m", 'sorry'))).map((s) => s.text)).toEqual(["I'm sorry"]);
    expect(mergedSpans(...pair(hit("CrowdStrike's update failed.", 'CrowdStrike', 'CrowdStrike'))).map((s) => s.text)).toEqual(["CrowdStrike's"]);
    expect(mergedSpans(...pair(hit('A follow-up (fixed) ships today.', 'up', 'up'))).map((s) => s.text)).toEqual(['up']);
    expect(mergedSpans(...pair(hit('It was "fixed" today.', 'fixed', 'fixed'))).map((s) => s.text)).toEqual(['fixed']);
    expect(mergedSpans(...pair(hit('It was ‘fixed’ today.', 'fixed', 'fixed'))).map((s) => s.text)).toEqual(['fixed']);
    expect(mergedSpans(...pair(hit('We’re sorry.', 'We', 'We'))).map((s) => s.text)).toEqual(['We’re']);
  });
});

function pair({ doc, h }: ReturnType<typeof hit>): [ReturnType<typeof analyzeEnglish>, Hit[]] {
  return [doc, [h]];
}
