import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CHECKED_MODEL_VERSIONS, fastCore, winkModel } from '../src/analysis/wink-model.js';
import { WINK_PIPELINE } from '../src/analysis/analyze-en.js';
import { englishStatements, winkAnnotations } from './helpers/wink-annotations.js';

/**
 * wink-model.ts builds wink's core model without the model's deep copy. These tests hold it to
 * the model's own loader: an equal core, the model's JSON left as it was, the same reading.
 */
const require = createRequire(import.meta.url);
const installed = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
const coreJson = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

describe('the fast core loader', () => {
  it('is checked against the installed model version', () => {
    expect(CHECKED_MODEL_VERSIONS).toContain(installed);
    expect(winkModel(installed).core).toBe(fastCore);
  });

  it('builds a core equal to the model loader’s: typed arrays, word tables, clusters, sizes', () => {
    const ours = fastCore() as { lexicon: Uint32Array; features: { lexeme: { list: string[] } } };
    const theirs = (model.core as () => unknown)() as typeof ours;
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect(ours.lexicon.length).toBeGreaterThan(100_000);
    expect(ours.features.lexeme.list.length).toBeGreaterThan(80_000);
    expect(ours).toStrictEqual(theirs);
  });

  it('shares nothing wink writes to: reading new words leaves the model JSON as it was', () => {
    const before = JSON.stringify(coreJson);
    const nlp = winkNLP(winkModel(installed), WINK_PIPELINE);
    // Words, prefixes, suffixes and shapes the lexicon lacks are added to the instance's tables.
    const unseen = 'Zorblaxian qwxyzzing of the ßnörk-Ω network (v9.99.1-β) frobnicated 12,345 glorpers at 03:14:15Z.';
    expect(nlp.readDoc(unseen).tokens().out().length).toBeGreaterThan(10);
    expect(JSON.stringify(coreJson)).toBe(before);
    // A second core starts from the model's own tables, not from the first instance's additions.
    const second = fastCore() as { features: { lexeme: { list: string[] } } };
    expect(second.features.lexeme.list.length).toBe(coreJson.features.lexeme.list.length);
  });

  it('reads every bundled English statement as wink with its own loader does', () => {
    const fast = winkNLP(winkModel(installed), WINK_PIPELINE);
    const standard = winkNLP(model, WINK_PIPELINE);
    const statements = englishStatements();
    expect(statements.length).toBe(28);
    for (const s of statements) expect(winkAnnotations(fast, s.body), s.id).toStrictEqual(winkAnnotations(standard, s.body));
  });

  it('lemmatizes as the model does when words come back, from its memo', () => {
    const fast = winkNLP(winkModel(installed), WINK_PIPELINE);
    const standard = winkNLP(model, WINK_PIPELINE);
    const lemmas = (nlp: typeof fast, text: string) => nlp.readDoc(text).tokens().out(nlp.its.lemma as typeof nlp.its.pos);
    // Made-up words are added to wink's cache by the first read; the model's lemmatizer never
    // takes a lemma from those additions, so the memo's first answer stays right.
    const texts = ['The zorblaxes failed and the glorpers crashed.', 'Zorblax, glorper: we zorblaxed them.', 'The zorblaxes failed and the glorpers crashed.'];
    const statements = englishStatements().map((s) => s.body);
    for (const text of [...texts, ...statements, ...statements]) expect(lemmas(fast, text)).toStrictEqual(lemmas(standard, text));
    // Known words are lemmatized; made-up ones keep their form, before and after they were added.
    expect(lemmas(fast, texts[0]!)).toEqual(['the', 'zorblaxes', 'fail', 'and', 'the', 'glorpers', 'crash', '.']);
  });

  it('leaves any other model version to the model’s own loader', () => {
    expect(winkModel('1.9.0')).toBe(model);
    expect(winkModel('1.8.0')).toBe(model);
  });

  it('works in the CommonJS build, where import.meta.url is shimmed', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const out = execFileSync(process.execPath, ['-e', "const m = require('./dist/index.cjs'); process.stdout.write(String(m.score('We broke the login page on Friday. We are sorry.').steps.length))"], { cwd: root, encoding: 'utf8' });
    expect(out).toBe('5');
  });
});
