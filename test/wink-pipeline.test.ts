import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPELINE } from '../src/analysis/analyze-en.js';
import { corpusStatements, crowdstrikeExamples } from './helpers/corpus.js';

/**
 * analyzeEnglish runs only part of wink's pipeline (no entities, no sentiment). This checks the
 * claim that makes it safe: every annotation the checks read is the same as with the full
 * pipeline. A wink or model upgrade that breaks it fails here.
 */
const full = winkNLP(model);
const trimmed = winkNLP(model, WINK_PIPELINE);
const its = full.its;

function annotations(nlp: typeof full, text: string) {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(),
    pos: tokens.out(its.pos),
    lemmas: tokens.out(its.lemma as typeof its.pos),
    negations: tokens.out(its.negationFlag as unknown as typeof its.pos),
    sentences: doc.sentences().out(its.span),
  };
}

const english = [...corpusStatements(), ...crowdstrikeExamples()].filter((s) => s.lang === 'en');

describe('the trimmed wink pipeline', () => {
  it('is checked on every bundled English statement', () => {
    expect(english.length).toBe(28);
  });

  it.each(english.map((s) => [s.id, s.body]))('%s: same tokens, tags, lemmas, negation flags and sentences', (_, body) => {
    const expected = annotations(full, body);
    expect(expected.values.length).toBeGreaterThan(10);
    expect(annotations(trimmed, body)).toStrictEqual(expected);
  });
});
