import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../src/rubric/check-schema.js';
import { describeCheckTables, runCheck, rubricCheck, type CheckTable } from '../helpers/run-check.js';

/**
 * proselint-style table for the `phrase` check kind: every match of a lexicon (or of patterns
 * written in place), filtered by negation. Each case lists the exact quoted text of every hit.
 */
const TABLES: CheckTable[] = [
  {
    // The rubric's "apology-mention": any mention of an apology, first person or not.
    name: 'apology-mentions lexicon',
    spec: { kind: 'phrase', lexicon: 'apology-mentions' },
    flag: [
      { text: 'We are sorry for the delays at Gate 12.', expected: ['sorry for'] },
      { text: 'Our apologies to every passenger stranded in Denver.', expected: ['apologies'] },
      { text: 'The bank regrets the error in your statement.', expected: ['regrets'] },
      { text: 'I am sorry about the double charges on your card.', expected: ['sorry about'] },
      { text: 'Please accept our sincere apologies for the app crash.', expected: ['apologies'] },
      { text: 'We apologized to each affected account holder by email.', expected: ['apologized'] },
      // The longest match per start: "our deepest regrets", and "regrets" on its own from its own start.
      { text: 'With our deepest regrets, we are recalling the heaters.', expected: ['our deepest regrets', 'regrets'] },
      { text: "I'm sorry to everyone whose order arrived late.", expected: ['sorry to'] },
      { text: 'We regret that the recall took so long. We are sorry that it did.', expected: ['regret', 'sorry that'] },
    ],
    pass: [
      // proselint's classic false positive: a bare "sorry" lexicon fires on the idiom.
      { text: 'Better safe than sorry, so we paused all flights.', expected: [] },
      { text: 'It is better to be safe than sorry with your savings.', expected: [] },
      { text: 'We are not sorry for enforcing the policy.', expected: [] },
      { text: 'We will never apologize for protecting your data.', expected: [] },
      { text: 'Sorry, the page you requested is not available.', expected: [] },
      { text: 'The sorry state of the legacy system is well known.', expected: [] },
      { text: 'Thank you for your patience during the upgrade.', expected: [] },
    ],
  },
  {
    name: 'patterns written in place',
    spec: { kind: 'phrase', patterns: ['[cancel|delay|ground] <DET>? <ADJ|NOUN>* flights', 'flights [be] <ADV>? [cancel|delay|ground]'] },
    flag: [
      { text: 'We cancelled all morning flights out of Boston.', expected: ['cancelled all morning flights'] },
      { text: 'The storm grounded flights across the region.', expected: ['grounded flights'] },
      { text: 'Flights were delayed for up to six hours.', expected: ['Flights were delayed'] },
      { text: 'Several flights were briefly grounded.', expected: ['flights were briefly grounded'] },
    ],
    pass: [
      { text: 'We will add flights to Denver next spring.', expected: [] },
      { text: 'The flights to Denver were on time.', expected: [] },
    ],
  },
  {
    // Negation filter, default "exclude": a match under a close negator is dropped.
    name: 'negated: exclude (default)',
    spec: { kind: 'phrase', patterns: ['[impact]'] },
    flag: [
      { text: 'Payroll was impacted for six hours.', expected: ['impacted'] },
      // wink's negation scope would run on past the comma; the check looks only a few tokens back.
      { text: 'We did not see it coming, and the outage impacted thousands of riders.', expected: ['impacted'] },
      { text: 'The outage impacted checkout, not payroll.', expected: ['impacted'] },
    ],
    pass: [
      { text: 'Mac hosts are not impacted.', expected: [] },
      { text: "Linux servers weren't impacted.", expected: [] },
      { text: 'No customer accounts were impacted.', expected: [] },
      { text: 'Savings accounts were never impacted by the glitch.', expected: [] },
      { text: 'None of our branches were impacted.', expected: [] },
    ],
  },
  {
    name: 'negated: only',
    spec: { kind: 'phrase', patterns: ['[impact]'], negated: 'only' },
    flag: [
      { text: 'Mac hosts are not impacted.', expected: ['impacted'] },
      { text: "Linux servers weren't impacted.", expected: ['impacted'] },
      { text: 'No customer accounts were impacted.', expected: ['impacted'] },
    ],
    pass: [
      { text: 'Payroll was impacted for six hours.', expected: [] },
      { text: 'We did not see it coming, and the outage impacted thousands of riders.', expected: [] },
    ],
  },
  {
    name: 'negated: include',
    spec: { kind: 'phrase', patterns: ['[impact]'], negated: 'include' },
    flag: [
      { text: 'Mac hosts are not impacted.', expected: ['impacted'] },
      { text: 'Payroll was impacted for six hours.', expected: ['impacted'] },
      { text: 'No customer accounts were impacted, but payroll was impacted.', expected: ['impacted', 'impacted'] },
    ],
    pass: [{ text: 'The outage hit checkout.', expected: [] }],
  },
  {
    // A negator that is part of the pattern is the pattern's own: it does not negate the match.
    name: 'a negator inside the pattern',
    spec: { kind: 'phrase', patterns: ['could|can not|n\'t <VERB>', 'cannot <VERB>'] },
    flag: [
      { text: 'Many of you could not log in for most of Friday.', expected: ['could not log'] },
      { text: "Drivers couldn't start the app.", expected: ["couldn't start"] },
    ],
    pass: [{ text: 'You can log in again now.', expected: [] }],
  },
];

describeCheckTables('phrase', TABLES);

describe('phrase', () => {
  it('quotes exact character spans, typographic apostrophes included', () => {
    expect(runCheck({ kind: 'phrase', patterns: ["i 'm sorry"] }, 'Honestly, I’m sorry.')).toEqual(['I’m sorry']);
  });

  it('reads only its own lexicon, even when several share the matcher', () => {
    const text = 'We are sorry for the outage. Thank you for your patience.';
    expect(runCheck({ kind: 'phrase', lexicon: 'gratitude' }, text)).toEqual(['Thank you']);
    expect(runCheck({ kind: 'phrase', lexicon: 'apology-mentions' }, text)).toEqual(['sorry for']);
  });

  it('lets a rubric lexicon of the same name replace a built-in one', () => {
    expect(runCheck({ kind: 'phrase', lexicon: 'gratitude' }, 'Thanks, and we appreciate you.', {}, { gratitude: { entries: ['[appreciate] you'] } })).toEqual([
      'appreciate you',
    ]);
  });
});
