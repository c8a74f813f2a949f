import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../src/analysis/analyze-en.js';
import { mergedSpans } from '../src/scoring/spans.js';

/**
 * The quote of one hit over the tokens from the first whose text is `from` to the first
 * whose text is `to`, inclusive, as [text, start].
 */
function quote(text: string, from: string, to: string): [string, number] {
  const doc = analyzeEnglish(text);
  const values = doc.tokens.map((t) => t.text);
  const start = values.indexOf(from);
  const end = values.indexOf(to, start) + 1;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const spans = mergedSpans(doc, [{ tokenStart: start, tokenEnd: end, sentence: doc.tokens[start]!.sentence, check: 'test' }]);
  expect(spans).toHaveLength(1);
  return [spans[0]!.text, spans[0]!.start];
}

describe('mergedSpans', () => {
  it('never starts a quote inside a word that wink split', () => {
    expect(quote('Trust us: this won’t happen again.', 'n’t', 'again')).toEqual(['won’t happen again', 15]);
  });

  it('never ends a quote inside a word, so a negation is not cut off', () => {
    expect(quote("We don't blame the vendor.", 'We', 'do')).toEqual(["We don't", 0]);
  });

  it('takes in the halves of "I\'m", contractions and possessives', () => {
    expect(quote("I'm sorry.", "'m", 'sorry')).toEqual(["I'm sorry", 0]);
    expect(quote('We’re sorry.', 'We', 'We')).toEqual(['We’re', 0]);
    expect(quote("CrowdStrike's update failed.", 'CrowdStrike', 'CrowdStrike')).toEqual(["CrowdStrike's", 0]);
  });

  it('leaves hyphens, brackets and quote marks out of the word', () => {
    expect(quote('A follow-up (fixed) ships today.', 'up', 'up')).toEqual(['up', 9]);
    expect(quote('It was "fixed" today.', 'fixed', 'fixed')).toEqual(['fixed', 8]);
    expect(quote('It was ‘fixed’ today.', 'fixed', 'fixed')).toEqual(['fixed', 8]);
  });
});
