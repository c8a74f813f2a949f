import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import fiveStep from '../../rubrics/five-step.en.json';
import { describeCheckTables, runCheck, rubricCheck, type CheckTable } from '../helpers/run-check.js';

/**
 * proselint-style table for the `agentless` check kind: the fault worded without its agent
 * (Fausey & Boroditsky 2010): a passive with no agent, a thing named as the agent, a reduced
 * relative ("a bug found in ..."), an event that simply "happened". Exact quoted spans.
 */
/** The passive-voice anti-pattern's check, as the five-step rubric has it. */
const AGENTLESS = fiveStep.antiPatterns.find((a) => a.id === 'passive-voice')!.check as CheckSpec;

const TABLES: CheckTable[] = [
  {
    name: 'all forms (the rubric\'s passive-voice check)',
    spec: AGENTLESS,
    flag: [
      { text: 'Mistakes were made in the handling of your claims.', expected: ['Mistakes were made'] },
      { text: 'A configuration error was introduced during routine maintenance.', expected: ['A configuration error was introduced'] },
      { text: 'Customer records were accessed without authorization.', expected: ['Customer records were accessed'] },
      { text: 'Some passwords were exposed in a debug log.', expected: ['Some passwords were exposed'] },
      { text: 'Errors were introduced during the migration.', expected: ['Errors were introduced'] },
      { text: 'The breach was discovered on Monday.', expected: ['The breach was discovered'] },
      // A thing as the agent.
      { text: 'The delays were caused by a software glitch.', expected: ['The delays were caused by a software glitch'] },
      { text: 'The outage was caused by a configuration error.', expected: ['The outage was caused by a configuration error'] },
      // Reduced relatives.
      { text: 'A bug found in the payments service blocked transfers.', expected: ['bug found'] },
      { text: 'An error made in the billing run charged cardholders twice.', expected: ['error made'] },
      // Events that happened on their own.
      { text: 'An issue occurred with our login servers.', expected: ['issue occurred'] },
      { text: 'This should never have happened.', expected: ['This should never have happened'] },
      { text: 'It happened because a certificate expired.', expected: ['It happened'] },
      // The quote starts at the clause, after the sentence adverb.
      { text: 'Unfortunately, the wrong file was deleted.', expected: ['the wrong file was deleted'] },
    ],
    pass: [
      { text: 'We made a mistake.', expected: [] },
      // A state after "be", not a passive.
      { text: 'We are committed to fixing this.', expected: [] },
      { text: 'We are upset about the delays.', expected: [] },
      // Negated: nothing was done, so no hidden agent.
      { text: 'Mac hosts are not impacted.', expected: [] },
      { text: 'No customer data was accessed.', expected: [] },
      { text: 'Your card was not charged twice.', expected: [] },
      // A passive, but no fault wording.
      { text: 'Flights were delayed by the storm.', expected: [] },
      { text: 'A fix was deployed at 14:00.', expected: [] },
      { text: 'The heaters were recalled from stores.', expected: [] },
      // The agent is named.
      { text: 'The outage was caused by our engineers.', expected: [] },
      { text: 'Our team found a bug in the payments service.', expected: [] },
    ],
  },
  {
    name: 'forms: passive',
    spec: { kind: 'agentless', faults: 'fault-words', forms: ['passive'] },
    flag: [
      { text: 'Mistakes were made.', expected: ['Mistakes were made'] },
      { text: 'Some passwords were exposed in a debug log.', expected: ['Some passwords were exposed'] },
    ],
    pass: [
      { text: 'The delays were caused by a software glitch.', expected: [] },
      { text: 'A bug found in the payments service blocked transfers.', expected: [] },
      { text: 'This should never have happened.', expected: [] },
    ],
  },
  {
    name: 'forms: caused-by',
    spec: { kind: 'agentless', faults: 'fault-words', forms: ['caused-by'] },
    flag: [{ text: 'The delays were caused by a software glitch.', expected: ['The delays were caused by a software glitch'] }],
    pass: [
      { text: 'Mistakes were made.', expected: [] },
      // The agent is not a fault word.
      { text: 'Flights were delayed by the storm.', expected: [] },
    ],
  },
  {
    name: 'forms: reduced-relative',
    spec: { kind: 'agentless', faults: 'fault-words', forms: ['reduced-relative'] },
    flag: [{ text: 'A bug found in the payments service blocked transfers.', expected: ['bug found'] }],
    pass: [
      { text: 'Mistakes were made.', expected: [] },
      // "by" names the agent: not agentless.
      { text: 'A bug introduced by a contractor blocked transfers.', expected: [] },
    ],
  },
  {
    name: 'forms: event',
    spec: { kind: 'agentless', faults: 'fault-words', forms: ['event'] },
    flag: [
      { text: 'This should never have happened.', expected: ['This should never have happened'] },
      { text: 'An issue occurred with our login servers.', expected: ['issue occurred'] },
    ],
    pass: [
      { text: 'Mistakes were made.', expected: [] },
      { text: 'The delays happened after we changed the schedule.', expected: [] },
    ],
  },
];

describeCheckTables('agentless', TABLES);

describe('agentless', () => {
  it('reads the fault words from the lexicon it names', () => {
    const text = 'The invoices were mislabeled.';
    expect(runCheck(AGENTLESS, text)).toEqual([]);
    expect(runCheck({ kind: 'agentless', faults: 'my-faults' }, text, {}, { 'my-faults': { entries: ['mislabeled'] } })).toEqual(['The invoices were mislabeled']);
  });

  it('finds every agentless fault of a statement, in text order', () => {
    const text = 'Mistakes were made. A bug found in the app was exploited, and customer data was stolen.';
    expect(runCheck(AGENTLESS, text)).toEqual(['Mistakes were made', 'bug found', 'customer data was stolen']);
  });
});
