import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import { describeCheckTables, runCheck, rubricCheck, type CheckTable } from '../helpers/run-check.js';

/**
 * proselint-style table for the `agent` check kind: a predicate from a lexicon whose subject is
 * the speaker ("we"/"I", "our change", the organization by name). The hit spans subject through
 * predicate. Each case lists the exact quoted text of every hit.
 */
/** The checks the five-step rubric runs, read from it so that the tables test what it really does. */
const FIRST_PERSON_FAULT = rubricCheck('first-person-fault');
const APOLOGY = rubricCheck('apology');
/** The first part of the rubric's "specific-fix": what was done or is being done, by the speaker. */
const REMEDIATION = (rubricCheck('specific-fix') as { checks: CheckSpec[] }).checks[0]!;
/** One predicate, written in place, to isolate who counts as the subject. */
const CAUSED_OUTAGE = ['[cause] <DET>? <ADJ>* outage'];

const TABLES: CheckTable[] = [
  {
    name: 'first-person fault (the rubric: fault-acts, pronoun or possessive subject, realis, negated: exclude)',
    spec: FIRST_PERSON_FAULT,
    flag: [
      { text: 'We made a mistake when we changed the fare rules.', expected: ['We made a mistake'] },
      // An admission by omission: the negation is the fault itself.
      { text: 'We did not test the update on older phones.', expected: ['We did not test'] },
      { text: "We didn't test the update on older phones.", expected: ["We didn't test"] },
      { text: 'I made a serious error in judgment.', expected: ['I made a serious error'] },
      { text: 'We failed to notify customers in time.', expected: ['We failed to notify'] },
      { text: 'We mistakenly charged some cardholders twice.', expected: ['We mistakenly charged'] },
      { text: 'We accidentally deleted the backups of three databases.', expected: ['We accidentally deleted'] },
      { text: 'We should have caught this before release.', expected: ['We should have caught'] },
      { text: 'We pushed out a faulty configuration to our routers.', expected: ['We pushed out a faulty'] },
      { text: 'Our engineers ran the migration without testing it.', expected: ['Our engineers ran the migration without testing'] },
      // "I'm" is one token in wink; the analyzer splits it so "I" is the subject.
      { text: "I'm to blame for the double charges.", expected: ["I'm to blame"] },
    ],
    pass: [
      { text: 'Mistakes were made.', expected: [] },
      { text: 'The error was made by a contractor.', expected: [] },
      { text: 'They made a mistake in the invoice.', expected: [] },
      { text: 'Customers made a mistake by reusing passwords.', expected: [] },
      { text: 'We are committed to fixing this.', expected: [] },
      { text: "The vendor's update caused the outage.", expected: [] },
      { text: 'A faulty router caused the delays.', expected: [] },
      // A name as subject is not counted: "Microsoft caused the outage" is as often blame as admission.
      { text: 'Acme Bank made an error in processing your payments.', expected: [] },
      // A denial, a condition and a future are no admission.
      { text: 'We did not make a mistake.', expected: [] },
      { text: 'We never made a mistake with your data.', expected: [] },
      { text: 'If we made a mistake, we will correct it.', expected: [] },
      { text: 'We will make mistakes as we learn.', expected: [] },
    ],
  },
  {
    name: 'who is the speaker (possessive, org, pronoun)',
    spec: { kind: 'agent', patterns: CAUSED_OUTAGE },
    flag: [
      { text: 'Our change caused the outage.', expected: ['Our change caused the outage'] },
      { text: 'Our latest database migration caused the outage.', expected: ['Our latest database migration caused the outage'] },
      { text: 'My decision caused the outage.', expected: ['My decision caused the outage'] },
      { text: 'We caused the outage.', expected: ['We caused the outage'] },
      { text: 'Northwind Airlines caused the outage at three airports.', expected: ['Northwind Airlines caused the outage'] },
      { text: 'The Northwind team caused the outage.', expected: ['The Northwind team caused the outage'] },
      { text: 'We also caused the outage.', expected: ['We also caused the outage'] },
    ],
    pass: [
      { text: "The vendor's update caused the outage.", expected: [] },
      { text: 'The storm caused the outage.', expected: [] },
      { text: 'They caused the outage.', expected: [] },
      { text: 'Their change caused the outage.', expected: [] },
      { text: 'Customers caused the outage by retrying.', expected: [] },
      // A sentence-initial capital is no evidence of a name.
      { text: 'Storms caused the outage.', expected: [] },
    ],
  },
  {
    name: 'subjects: possessive only',
    spec: { kind: 'agent', patterns: CAUSED_OUTAGE, subjects: ['possessive'] },
    flag: [
      { text: 'Our change caused the outage.', expected: ['Our change caused the outage'] },
      { text: 'My decision caused the outage.', expected: ['My decision caused the outage'] },
    ],
    pass: [
      { text: 'We caused the outage.', expected: [] },
      { text: 'Northwind Airlines caused the outage at three airports.', expected: [] },
    ],
  },
  {
    name: 'subjects: org only',
    spec: { kind: 'agent', patterns: CAUSED_OUTAGE, subjects: ['org'] },
    flag: [{ text: 'Northwind Airlines caused the outage at three airports.', expected: ['Northwind Airlines caused the outage'] }],
    pass: [
      { text: 'We caused the outage.', expected: [] },
      { text: 'Our change caused the outage.', expected: [] },
    ],
  },
  {
    name: 'apology (apology-predicates, pronoun or org)',
    spec: APOLOGY,
    flag: [
      { text: "I'm deeply sorry for the disruption to your travel plans.", expected: ["I'm deeply sorry"] },
      { text: 'I’m sorry.', expected: ['I’m sorry'] },
      { text: 'We are truly sorry that your cards were declined.', expected: ['We are truly sorry'] },
      { text: 'We apologize to every customer who was double charged.', expected: ['We apologize'] },
      { text: 'I want to apologize to the families affected by the recall.', expected: ['I want to apologize'] },
      { text: 'Northwind Bank apologizes for the failed transfers.', expected: ['Northwind Bank apologizes'] },
      { text: 'We would like to sincerely apologize for the delays.', expected: ['We would like to sincerely apologize'] },
      { text: 'We owe you an apology.', expected: ['We owe you an apology'] },
      { text: 'We offer our sincere apologies to all affected passengers.', expected: ['We offer our sincere apologies'] },
      { text: 'We ask for your forgiveness.', expected: ['We ask for your forgiveness'] },
    ],
    pass: [
      { text: 'Better safe than sorry.', expected: [] },
      { text: 'It is better to be safe than sorry.', expected: [] },
      { text: 'We are not sorry for enforcing our security policy.', expected: [] },
      { text: 'Sorry for any inconvenience.', expected: [] },
      { text: 'Our sincere apologies for the delay.', expected: [] },
      { text: 'You will be sorry if you skip the update.', expected: [] },
      { text: 'They apologized to us for the faulty parts.', expected: [] },
      { text: 'We do not need to apologize for the maintenance window.', expected: [] },
      // "possessive" is not among this check's subjects.
      { text: 'Our team apologizes for the delay.', expected: [] },
    ],
  },
  {
    name: 'remediation (remediation-acts, realis)',
    spec: REMEDIATION,
    flag: [
      // Coordinated predicate: "deployed" has subject "We" across "identified the issue and".
      { text: 'We quickly identified the issue and deployed a fix.', expected: ['We quickly identified the issue and deployed a fix'] },
      { text: 'We rolled back the change at 14:05 UTC.', expected: ['We rolled back'] },
      { text: 'We have rolled back the faulty release.', expected: ['We have rolled back'] },
      // The particle after the object.
      { text: 'We rolled the update back within 78 minutes.', expected: ['We rolled the update back'] },
      { text: 'We are reverting the configuration on all routers.', expected: ['We are reverting the configuration on all routers'] },
      { text: 'We reset the passwords of every affected account.', expected: ['We reset the passwords'] },
      { text: 'We notified regulators within 24 hours.', expected: ['We notified regulators'] },
      { text: 'Our team deployed a hotfix within the hour.', expected: ['Our team deployed a hotfix'] },
      { text: 'We refunded the duplicate charges yesterday.', expected: ['We refunded the duplicate charges yesterday'] },
    ],
    pass: [
      // Not realis: a promise, a plan, a need, a possibility.
      { text: 'We will restore service by noon.', expected: [] },
      { text: 'We plan to refund the duplicate charges.', expected: [] },
      { text: 'We need to rotate the exposed keys.', expected: [] },
      { text: 'We could reboot the affected servers tonight.', expected: [] },
      { text: 'If needed, we can roll back the update.', expected: [] },
      { text: "We won't reboot the servers until tonight.", expected: [] },
      // Not the speaker.
      { text: 'The vendor deployed a fix.', expected: [] },
      { text: 'Engineers rolled back the change.', expected: [] },
    ],
  },
  {
    name: 'remediation without realis',
    spec: { kind: 'agent', lexicon: 'remediation-acts' },
    flag: [
      { text: 'We will restore service by noon.', expected: ['We will restore service by noon'] },
      { text: 'We need to rotate the exposed keys.', expected: ['We need to rotate the exposed keys'] },
      { text: 'If needed, we can roll back the update.', expected: ['we can roll back'] },
    ],
    pass: [{ text: "We won't reboot the servers until tonight.", expected: [] }],
  },
  {
    name: 'negated: only',
    spec: { kind: 'agent', patterns: ['[notify] <DET>? customers'], negated: 'only' },
    flag: [{ text: 'We never notified the customers.', expected: ['We never notified the customers'] }],
    pass: [{ text: 'We notified the customers on Monday.', expected: [] }],
  },
];

describeCheckTables('agent', TABLES);

describe('agent', () => {
  it('finds every speaker predicate of a statement, in text order', () => {
    const text = 'We made a mistake. Our engineers did not test the change, and we failed to stage it.';
    expect(runCheck(FIRST_PERSON_FAULT, text)).toEqual(['We made a mistake', 'Our engineers did not test', 'we failed to stage']);
  });

  it('drops a predicate under a negation before it by default, keeps it with "include"', () => {
    const text = 'We did not make the mistake you describe.';
    expect(runCheck({ kind: 'agent', patterns: ['[make] <DET>? mistake'] }, text)).toEqual([]);
    expect(runCheck({ kind: 'agent', patterns: ['[make] <DET>? mistake'], negated: 'include' }, text)).toEqual(['We did not make the mistake']);
  });
});
