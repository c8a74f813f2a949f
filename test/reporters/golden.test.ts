/**
 * Golden outputs of every reporter over the bundled English CrowdStrike statements, compared
 * byte for byte with test/fixtures/reporters/. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run test/reporters` and review the diff.
 */
import { describe, it } from 'vitest';
import { REPORTERS } from '../../src/reporters/index.js';
import { exampleInput, exampleInputs, expectGolden, reportOptions } from './helpers.js';

describe('golden reports of the CrowdStrike statements', () => {
  it('text', () => {
    expectGolden('crowdstrike.txt', REPORTERS.text(exampleInputs(), reportOptions({ failUnder: 50 })));
  });

  it('text, quiet', () => {
    expectGolden('crowdstrike.quiet.txt', REPORTERS.text(exampleInputs(), reportOptions({ quiet: true, failUnder: 50 })));
  });

  it('text, one statement', () => {
    expectGolden('model-apology.txt', REPORTERS.text([exampleInput('51-')], reportOptions()));
  });

  it('json', () => {
    expectGolden('crowdstrike.json', REPORTERS.json(exampleInputs(), reportOptions()));
  });

  it('markdown', () => {
    expectGolden('crowdstrike.md', REPORTERS.markdown(exampleInputs(), reportOptions({ failUnder: 50 })));
  });

  it('markdown, one statement', () => {
    expectGolden('model-apology.md', REPORTERS.markdown([exampleInput('51-')], reportOptions()));
  });

  it('sarif', () => {
    expectGolden('crowdstrike.sarif', REPORTERS.sarif(exampleInputs(), reportOptions()));
  });

  it('html', () => {
    expectGolden('crowdstrike.html', REPORTERS.html(exampleInputs(), reportOptions({ failUnder: 50 })));
  });

  it('html, one statement', () => {
    expectGolden('model-apology.html', REPORTERS.html([exampleInput('51-')], reportOptions()));
  });
});
