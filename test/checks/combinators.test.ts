import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeEnglish } from '../../src/analysis/analyze-en.js';
import { CheckCompiler } from '../../src/checks/compiler.js';
import { CheckContext } from '../../src/checks/context.js';
import { BUILTIN_LEXICONS } from '../../src/rubric/builtin-lexicons.js';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import { describeCheckTables, runCheck, runCheckDetailed, type CheckTable } from '../helpers/run-check.js';

/**
 * proselint-style tables for the combinators: any, all, not, sameSentence, before, and named
 * references. Leaves are `phrase` checks with patterns written in place, so each case reads as
 * the combinator's logic on real sentences. Exact quoted spans.
 */
const p = (...patterns: string[]): CheckSpec => ({ kind: 'phrase', patterns });
const SORRY = p('sorry');
const OUTAGE = p('outage');
const FIX = p('[fix|patch|restore]');
const DILUTER = p('inconvenience', 'if <PRON>? <AUX>? [affect]');
const APOLOGY = p('sorry', '[apologize]');

const TABLES: CheckTable[] = [
  {
    name: 'any: the hits of every check, in text order, without duplicates',
    spec: { kind: 'any', checks: [p('[apologize]'), SORRY, p('sorry')] },
    flag: [
      { text: 'Sorry. We apologize.', expected: ['Sorry', 'apologize'] },
      { text: 'We apologize, and we are sorry.', expected: ['apologize', 'sorry'] },
      { text: 'We are sorry for the outage.', expected: ['sorry'] },
      { text: 'We apologized to every customer.', expected: ['apologized'] },
    ],
    pass: [
      { text: 'Thank you for your patience.', expected: [] },
      { text: 'Better safe than regretful.', expected: [] },
    ],
  },
  {
    name: 'all: every check has a hit somewhere in the statement',
    spec: { kind: 'all', checks: [SORRY, FIX] },
    flag: [
      { text: 'We are sorry. We fixed the login bug.', expected: ['sorry', 'fixed'] },
      { text: 'We patched the servers and we are sorry.', expected: ['patched', 'sorry'] },
      { text: 'Sorry for the wait: we restored service and fixed the app.', expected: ['Sorry', 'restored', 'fixed'] },
    ],
    pass: [
      { text: 'We are sorry.', expected: [] },
      { text: 'We fixed the login bug.', expected: [] },
    ],
  },
  {
    name: 'all + not: no hit of the negated check anywhere in the statement',
    spec: { kind: 'all', checks: [SORRY, { kind: 'not', check: DILUTER }] },
    flag: [
      { text: 'We are sorry for the outage.', expected: ['sorry'] },
      { text: 'We are sorry. Your payments failed for six hours.', expected: ['sorry'] },
    ],
    pass: [
      { text: 'We are sorry for the inconvenience.', expected: [] },
      // The veto is statement-wide: a diluter in another sentence counts.
      { text: 'We are sorry. It was an inconvenience.', expected: [] },
      { text: 'Sorry if you were affected.', expected: [] },
      // Nothing positive: nothing to return.
      { text: 'Your payments failed for six hours.', expected: [] },
    ],
  },
  {
    name: 'sameSentence: one hit per sentence where every check meets, from first to last hit',
    spec: { kind: 'sameSentence', checks: [SORRY, OUTAGE] },
    flag: [
      { text: 'We are sorry for the outage.', expected: ['sorry for the outage'] },
      { text: 'The outage was our fault, and we are sorry.', expected: ['outage was our fault, and we are sorry'] },
      {
        text: 'Sorry for the outage. The outage is over. We are sorry about the outage on Monday.',
        expected: ['Sorry for the outage', 'sorry about the outage'],
      },
    ],
    pass: [
      { text: 'We are sorry. The outage is over.', expected: [] },
      { text: 'The outage is over.', expected: [] },
      { text: 'We are sorry.', expected: [] },
    ],
  },
  {
    name: 'sameSentence + not: the negated check has no hit in that sentence',
    spec: { kind: 'sameSentence', checks: [APOLOGY, { kind: 'not', check: DILUTER }] },
    flag: [
      { text: 'We apologize for the outage.', expected: ['apologize'] },
      // The veto is per sentence: the diluted first sentence does not stop the second.
      { text: 'We apologize for the inconvenience. We are truly sorry.', expected: ['sorry'] },
      { text: 'It was an inconvenience. We apologize for the outage.', expected: ['apologize'] },
    ],
    pass: [
      { text: 'We apologize for the inconvenience.', expected: [] },
      { text: 'We are sorry if you were affected.', expected: [] },
    ],
  },
  {
    name: 'before: hits of the check before the first hit of the reference',
    spec: { kind: 'before', check: FIX, reference: APOLOGY },
    flag: [
      { text: 'We patched the servers. We are sorry. We fixed the app.', expected: ['patched'] },
      { text: 'We fixed it, and we are sorry.', expected: ['fixed'] },
      // No reference at all: every hit of the check.
      { text: 'We patched the servers and fixed the app.', expected: ['patched', 'fixed'] },
    ],
    pass: [
      { text: 'We are sorry. We patched the servers.', expected: [] },
      { text: 'We apologize; we fixed the app.', expected: [] },
      { text: 'We are sorry.', expected: [] },
    ],
  },
  {
    name: 'named references',
    spec: { kind: 'sameSentence', checks: ['apology', 'undiluted'] },
    named: {
      apology: { kind: 'any', checks: ['sorry-word', p('[apologize]')] },
      'sorry-word': SORRY,
      undiluted: { kind: 'not', check: 'diluter' },
      diluter: DILUTER,
    },
    flag: [
      { text: 'We are sorry for the outage.', expected: ['sorry'] },
      { text: 'We apologize. Sorry for the inconvenience.', expected: ['apologize'] },
    ],
    pass: [
      { text: 'Sorry for the inconvenience.', expected: [] },
      { text: 'The outage is over.', expected: [] },
    ],
  },
];

describeCheckTables('combinator', TABLES);

describe('not', () => {
  const texts = ['We are sorry for the outage.', 'The outage is over.'];

  it.each(texts)('on its own has no hits: "%s"', (text) => {
    expect(runCheck({ kind: 'not', check: SORRY }, text)).toEqual([]);
  });

  it.each(texts)('inside any neither adds hits nor vetoes: "%s"', (text) => {
    expect(runCheck({ kind: 'any', checks: [OUTAGE, { kind: 'not', check: SORRY }] }, text)).toEqual(['outage']);
  });

  it('inside before, as the check, has no hits', () => {
    expect(runCheck({ kind: 'before', check: { kind: 'not', check: SORRY }, reference: OUTAGE }, 'Sorry. The outage is over.')).toEqual([]);
  });

  it('with only negated parts, sameSentence and all have no hits', () => {
    const text = 'The outage is over.';
    expect(runCheck({ kind: 'sameSentence', checks: [{ kind: 'not', check: SORRY }] }, text)).toEqual([]);
    expect(runCheck({ kind: 'all', checks: [{ kind: 'not', check: SORRY }] }, text)).toEqual([]);
  });

  it('of a not is still a veto, not a double negation', () => {
    const spec: CheckSpec = { kind: 'all', checks: [OUTAGE, { kind: 'not', check: { kind: 'not', check: SORRY } }] };
    expect(runCheck(spec, 'The outage is over.')).toEqual(['outage']);
  });
});

describe('hit ids', () => {
  it('a named check labels its hits with its name; an explicit id wins', () => {
    const named = { apology: SORRY, fix: { kind: 'phrase', id: 'remedy', patterns: ['[fix]'] } as CheckSpec };
    const { hits } = runCheckDetailed({ kind: 'any', checks: ['apology', 'fix'] }, 'Sorry. We fixed it.', named);
    expect(hits.map((h) => h.check)).toEqual(['apology', 'remedy']);
  });

  it('an anonymous check is labelled by its kind', () => {
    const { hits } = runCheckDetailed(SORRY, 'Sorry.');
    expect(hits.map((h) => h.check)).toEqual(['phrase']);
  });

  it('sameSentence labels its merged hit with its own id', () => {
    const { hits } = runCheckDetailed({ kind: 'sameSentence', id: 'apology-for-outage', checks: [SORRY, OUTAGE] }, 'Sorry for the outage.');
    expect(hits.map((h) => [h.check, h.sentence])).toEqual([['apology-for-outage', 0]]);
  });
});

describe('named references are memoized per statement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a named check used three times runs once', () => {
    const lexicon = vi.spyOn(CheckContext.prototype, 'lexicon');
    const spec: CheckSpec = { kind: 'any', checks: ['apology', { kind: 'all', checks: ['apology', 'apology'] }] };
    expect(runCheck(spec, 'We are sorry.', { apology: SORRY })).toEqual(['sorry']);
    expect(lexicon).toHaveBeenCalledTimes(1);
  });

  it('the same check written in place three times runs three times', () => {
    const lexicon = vi.spyOn(CheckContext.prototype, 'lexicon');
    const spec: CheckSpec = { kind: 'any', checks: [SORRY, { kind: 'all', checks: [SORRY, SORRY] }] };
    expect(runCheck(spec, 'We are sorry.')).toEqual(['sorry']);
    expect(lexicon).toHaveBeenCalledTimes(3);
  });

  it('a new statement runs it again', () => {
    const lexicon = vi.spyOn(CheckContext.prototype, 'lexicon');
    runCheck({ kind: 'any', checks: ['apology', 'apology'] }, 'We are sorry.', { apology: SORRY });
    runCheck({ kind: 'any', checks: ['apology', 'apology'] }, 'Sorry again.', { apology: SORRY });
    expect(lexicon).toHaveBeenCalledTimes(2);
  });

  it('a name may stand for another name', () => {
    expect(runCheck('regret', 'We are sorry.', { regret: 'apology', apology: SORRY })).toEqual(['sorry']);
  });
});

describe('before and a named reference', () => {
  it('leaves the reference\'s shared hits in the order the reference gave them', () => {
    // concrete gives its lexicon hits first, then numbers and clock times: here out of text order.
    const compiler = new CheckCompiler({ ...BUILTIN_LEXICONS, remedies: { entries: ['[patch]'] } }, { specifics: { kind: 'concrete', lexicon: 'remedies' } });
    const before = compiler.compile({ kind: 'before', check: SORRY, reference: 'specifics' }, 'a');
    const specifics = compiler.compile('specifics', 'b');
    const matcher = compiler.finish();
    const doc = analyzeEnglish('We are sorry. At 10:00 we patched it.');
    const order = specifics(new CheckContext(doc, matcher)).map((h) => doc.tokens[h.tokenStart]!.text);
    expect(order).toEqual(['patched', '10:00']);

    const ctx = new CheckContext(doc, matcher);
    expect(before(ctx).map((h) => doc.tokens[h.tokenStart]!.text)).toEqual(['sorry']);
    expect(specifics(ctx).map((h) => doc.tokens[h.tokenStart]!.text)).toEqual(order);
  });
});
