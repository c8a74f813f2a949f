import { describe, expect, it } from 'vitest';
import { fillMessage, shortQuote } from '../src/explanation/messages.js';

describe('fillMessage', () => {
  it('uses the first template whose placeholders all have values', () => {
    const templates = ['You wrote “{evidence}”; try “{rewrite}”.', 'You wrote “{evidence}”.', 'Say what happened.'];
    expect(fillMessage(templates, { evidence: 'it broke', rewrite: 'we broke it' })).toBe('You wrote “it broke”; try “we broke it”.');
    expect(fillMessage(templates, { evidence: 'it broke' })).toBe('You wrote “it broke”.');
    expect(fillMessage(templates, {})).toBe('Say what happened.');
  });

  it('fills finding placeholders, whose keys hold a colon and dashes', () => {
    expect(fillMessage(['Drop “{finding:self-praise}”.'], { 'finding:self-praise': 'world-class team' })).toBe('Drop “world-class team”.');
  });

  it('falls back to the last template with an ellipsis where a value is missing', () => {
    expect(fillMessage(['A {x}.', 'B “{y}” and “{z}”.'], { z: 'zed' })).toBe('B “…” and “zed”.');
  });

  it('keeps braces that are not placeholders, and inserts values literally', () => {
    expect(fillMessage(['{Not one} {a} {{a}} {a}}'], { a: '$& $1' })).toBe('{Not one} $& $1 {$& $1} $& $1}');
  });

  it('reads only the values given, not properties every object has', () => {
    expect(fillMessage(['Has {constructor}.', 'Plain.'], {})).toBe('Plain.');
  });
});

describe('shortQuote', () => {
  it('returns a flat quote as it is', () => {
    expect(shortQuote('we made a mistake')).toBe('we made a mistake');
  });

  it('folds runs of whitespace and line breaks into one space and trims', () => {
    expect(shortQuote('  we made\n\n a\u00a0mistake\t')).toBe('we made a mistake');
  });

  it('cuts a long quote at the limit with an ellipsis', () => {
    expect(shortQuote('we made a mistake and we are sorry', 12)).toBe('we made a m…');
    expect(shortQuote('we made a   mistake', 10)).toBe('we made a…');
  });
});
