import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import { describeCheckTables, runCheck, type CheckCase } from '../helpers/run-check.js';

/**
 * proselint-style table for the `commitment` check kind: a future commitment by the speaker
 * ("we will ...", "I promise to ...", "you have my commitment to ..."). The hit spans the
 * clause the commitment governs, up to the next punctuation. Exact quoted spans.
 */
const COMMITMENT: CheckSpec = { kind: 'commitment' };

const FLAG: CheckCase[] = [
  { text: 'We will stage every firmware update to a small group of stores first.', expected: ['We will stage every firmware update to a small group of stores first'] },
  { text: "We'll add a second approval step before any change reaches production.", expected: ["We'll add a second approval step before any change reaches production"] },
  { text: 'I promise to publish the full review by Friday.', expected: ['I promise to publish the full review by Friday'] },
  // A commitment, and not a passive: "committed to" is a state.
  { text: 'We are committed to fixing this.', expected: ['We are committed to fixing this'] },
  { text: 'We are determined to rebuild your trust.', expected: ['We are determined to rebuild your trust'] },
  // The speaker is inside the frame: the hit starts at the frame, not at "You".
  { text: 'You have my commitment to a full refund.', expected: ['my commitment to a full refund'] },
  { text: 'We are going to hire an independent auditor.', expected: ['We are going to hire an independent auditor'] },
  // The scope ends at the clause's punctuation.
  { text: 'We plan to retire the legacy booking system, which failed on Monday.', expected: ['We plan to retire the legacy booking system'] },
  { text: "We'll review every alert rule; we will also hire two engineers.", expected: ["We'll review every alert rule", 'we will also hire two engineers'] },
];

const PASS: CheckCase[] = [
  // Not the speaker.
  { text: 'The airline will refund all cancelled tickets.', expected: [] },
  { text: 'Customers will receive a refund within 10 days.', expected: [] },
  { text: 'It will take several days to clear the backlog.', expected: [] },
  { text: 'This will never happen again.', expected: [] },
  // Not a commitment.
  { text: 'We apologize for the outage.', expected: [] },
  { text: 'We restored service at 14:00.', expected: [] },
  { text: 'Will we ever get this right?', expected: [] },
];

describeCheckTables('commitment', [{ name: 'default frames', spec: COMMITMENT, flag: FLAG, pass: PASS }]);

describe('commitment', () => {
  it('reads its frames from the lexicon it names', () => {
    const spec: CheckSpec = { kind: 'commitment', frames: 'pledges' };
    const lexicons = { pledges: { entries: ['[pledge] to'] } };
    expect(runCheck(spec, 'We pledge to publish monthly outage reports.', {}, lexicons)).toEqual(['We pledge to publish monthly outage reports']);
    expect(runCheck(spec, 'We will publish monthly outage reports.', {}, lexicons)).toEqual([]);
  });

  it('lets a concreteness check read what was promised in the same sentence', () => {
    const specific: CheckSpec = {
      kind: 'sameSentence',
      checks: [{ kind: 'commitment' }, { kind: 'concrete', lexicon: 'prevention-mechanisms', markers: [] }],
    };
    expect(runCheck(specific, 'We will add canary checks to every release. We will do better.')).toEqual(['We will add canary checks to every release']);
    expect(runCheck(specific, 'We will do better.')).toEqual([]);
  });
});
