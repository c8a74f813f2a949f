import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import { describeCheckTables, runCheck, rubricCheck, type CheckTable } from '../helpers/run-check.js';

/**
 * proselint-style table for the `concrete` check kind: what makes a claim checkable. Hits are
 * the specifics themselves: numbers, clock times, and the entries of an optional lexicon.
 */
const TABLES: CheckTable[] = [
  {
    name: 'default markers (number, clock-time)',
    spec: { kind: 'concrete' },
    flag: [
      { text: 'We restored service at 17:57 UTC.', expected: ['17:57'] },
      { text: 'Checkout was down for 3 hours on Friday.', expected: ['3'] },
      { text: 'We will refund 2,400 customers by Monday.', expected: ['2,400'] },
      { text: 'Two flights were cancelled.', expected: ['Two'] },
      { text: 'The outage lasted forty minutes.', expected: ['forty'] },
      { text: 'Service came back at 9am on Tuesday.', expected: ['9am'] },
      { text: 'We restored service at 11:15pm today.', expected: ['11:15pm'] },
      { text: 'Service returned at 10:05 a.m. on Monday.', expected: ['10:05'] },
      // Each number token is its own specific.
      { text: 'About 8.5 million devices were affected.', expected: ['8.5', 'million'] },
      { text: 'Zero customers lost data.', expected: ['Zero'] },
    ],
    pass: [
      // "one" is mostly a pronoun, not a quantity.
      { text: 'One of the inputs was wrong.', expected: [] },
      { text: 'One customer was affected.', expected: [] },
      { text: 'We are taking steps to improve.', expected: [] },
      { text: 'Our team is working diligently.', expected: [] },
      { text: 'We apologize for the disruption.', expected: [] },
      { text: 'Thank you for your patience.', expected: [] },
      { text: 'We will do better.', expected: [] },
      { text: 'Half of all flights were delayed.', expected: [] },
    ],
  },
  {
    name: 'markers: clock-time only',
    spec: { kind: 'concrete', markers: ['clock-time'] },
    flag: [
      { text: 'We restored service at 17:57 UTC.', expected: ['17:57'] },
      { text: 'Service came back at 9am on Tuesday.', expected: ['9am'] },
    ],
    pass: [
      { text: 'About 8.5 million devices were affected.', expected: [] },
      { text: 'Two flights were cancelled.', expected: [] },
    ],
  },
  {
    name: 'markers: number only',
    spec: { kind: 'concrete', markers: ['number'] },
    flag: [{ text: 'Two flights were cancelled.', expected: ['Two'] }],
    pass: [{ text: 'Service came back at 9am on Tuesday.', expected: [] }],
  },
  {
    name: 'a lexicon of durations, no markers',
    spec: { kind: 'concrete', lexicon: 'durations', markers: [] },
    flag: [
      { text: 'Checkout was down for 3 hours on Friday.', expected: ['3 hours', 'Friday'] },
      { text: 'The outage lasted forty minutes.', expected: ['forty minutes'] },
      { text: 'We restored service at 17:57 UTC.', expected: ['UTC'] },
      { text: 'Payments failed for several hours.', expected: ['several hours'] },
    ],
    pass: [
      { text: 'Two flights were cancelled.', expected: [] },
      { text: 'Payments failed for a while.', expected: [] },
    ],
  },
  {
    name: 'a lexicon of prevention mechanisms, no markers (the rubric\'s "mechanism")',
    spec: { kind: 'concrete', lexicon: 'prevention-mechanisms', markers: [] },
    flag: [
      { text: 'We will add canary deployments and a kill switch.', expected: ['canary', 'kill switch'] },
      { text: 'Every change will need a second review.', expected: ['review'] },
      // A staged rollout said in plain words.
      { text: 'Every update will go to a small group of machines first.', expected: ['small group of'] },
    ],
    pass: [
      { text: 'We will take steps to make sure this never happens again.', expected: [] },
      { text: 'We restored service at 17:57 UTC.', expected: [] },
    ],
  },
];

describeCheckTables('concrete', TABLES);

describe('concrete', () => {
  it('with no markers and no lexicon finds nothing', () => {
    expect(runCheck({ kind: 'concrete', markers: [] }, 'We restored service at 17:57 UTC for 2,400 customers.')).toEqual([]);
  });
});
