import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPELINE } from '../src/analysis/analyze-en.js';
import { englishStatements, winkAnnotations } from './helpers/wink-annotations.js';

/**
 * analyzeEnglish runs only part of wink's pipeline (no entities, no sentiment). This checks the
 * claim that makes it safe: every annotation the checks read is the same as with the full
 * pipeline. A wink or model upgrade that breaks it fails here.
 */
const full = winkNLP(model);
const trimmed = winkNLP(model, WINK_PIPELINE);
const english = englishStatements();

describe('the trimmed wink pipeline', () => {
  it('is checked on every bundled English statement', () => {
    expect(english.length).toBe(28);
  });

  it.each(english.map((s) => [s.id, s.body]))('%s: same tokens, tags, lemmas, negation flags and sentences', (_, body) => {
    const expected = winkAnnotations(full, body);
    expect(expected.values.length).toBeGreaterThan(10);
    expect(winkAnnotations(trimmed, body)).toStrictEqual(expected);
  });
});
