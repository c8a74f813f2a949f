import { describe, expect, it } from 'vitest';
import {
  agent,
  agentless,
  all,
  any,
  before,
  commitment,
  concrete,
  defineRubric,
  named,
  not,
  parseRubric,
  phrase,
  sameSentence,
  score,
  type CheckSpec,
  type RubricInput,
} from '../src/index.js';

/**
 * The TypeScript builders return exactly the plain data a JSON rubric holds, so a rubric built in
 * code and one read from a file are the same thing.
 */

describe('builders produce plain rubric data', () => {
  it.each([
    { name: 'phrase from a lexicon', built: phrase('apology-mentions'), data: { kind: 'phrase', lexicon: 'apology-mentions' } },
    { name: 'phrase from patterns', built: phrase(['sorry for', '[regret]']), data: { kind: 'phrase', patterns: ['sorry for', '[regret]'] } },
    {
      name: 'phrase with options',
      built: phrase('apology-diluters', { id: 'diluter', negated: 'include' }),
      data: { kind: 'phrase', lexicon: 'apology-diluters', id: 'diluter', negated: 'include' },
    },
    { name: 'agent', built: agent('fault-acts', { negated: 'include' }), data: { kind: 'agent', lexicon: 'fault-acts', negated: 'include' } },
    {
      name: 'agent with patterns, subjects and realis',
      built: agent(['[roll] back'], { subjects: ['pronoun', 'org'], realis: true }),
      data: { kind: 'agent', patterns: ['[roll] back'], subjects: ['pronoun', 'org'], realis: true },
    },
    { name: 'agentless', built: agentless('fault-words'), data: { kind: 'agentless', faults: 'fault-words' } },
    { name: 'agentless with forms', built: agentless('fault-words', { forms: ['passive', 'event'] }), data: { kind: 'agentless', faults: 'fault-words', forms: ['passive', 'event'] } },
    { name: 'commitment', built: commitment(), data: { kind: 'commitment' } },
    { name: 'commitment with frames', built: commitment({ id: 'promise', frames: 'pledges' }), data: { kind: 'commitment', id: 'promise', frames: 'pledges' } },
    { name: 'concrete', built: concrete(), data: { kind: 'concrete' } },
    { name: 'concrete with options', built: concrete({ lexicon: 'durations', markers: ['clock-time'] }), data: { kind: 'concrete', lexicon: 'durations', markers: ['clock-time'] } },
    { name: 'any', built: any('apology', phrase('apology-mentions')), data: { kind: 'any', checks: ['apology', { kind: 'phrase', lexicon: 'apology-mentions' }] } },
    { name: 'all', built: all('gratitude', not('clear-apology')), data: { kind: 'all', checks: ['gratitude', { kind: 'not', check: 'clear-apology' }] } },
    { name: 'sameSentence', built: sameSentence('apology', not('apology-diluter')), data: { kind: 'sameSentence', checks: ['apology', { kind: 'not', check: 'apology-diluter' }] } },
    { name: 'not', built: not(phrase(['inconvenience'])), data: { kind: 'not', check: { kind: 'phrase', patterns: ['inconvenience'] } } },
    { name: 'before', built: before('specific-fix', any('apology', 'first-person-fault')), data: { kind: 'before', check: 'specific-fix', reference: { kind: 'any', checks: ['apology', 'first-person-fault'] } } },
    { name: 'named', built: named('effect', phrase('concrete-effects')), data: { kind: 'phrase', lexicon: 'concrete-effects', id: 'effect' } },
  ])('$name', ({ built, data }) => {
    expect(built).toStrictEqual(data);
    // Plain data: it survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(built))).toStrictEqual(built);
  });

  it('rebuild the five-step rubric\'s concrete-effect check exactly', () => {
    const built = sameSentence(
      named('effect', phrase('concrete-effects')),
      any(named('affected', phrase('affected-parties', { negated: 'include' })), named('specific', concrete({ lexicon: 'durations' }))),
    );
    expect(built).toStrictEqual({
      kind: 'sameSentence',
      checks: [
        { kind: 'phrase', id: 'effect', lexicon: 'concrete-effects' },
        {
          kind: 'any',
          checks: [
            { kind: 'phrase', id: 'affected', lexicon: 'affected-parties', negated: 'include' },
            { kind: 'concrete', id: 'specific', lexicon: 'durations' },
          ],
        },
      ],
    });
  });

  it('named does not change the check it is given', () => {
    const check = phrase('gratitude');
    named('thanks', check);
    expect(check).toStrictEqual({ kind: 'phrase', lexicon: 'gratitude' });
  });

  it('defineRubric returns its argument unchanged', () => {
    const data: RubricInput = { id: 'x', title: 'X', lang: 'en', steps: [], grades: [] };
    expect(defineRubric(data)).toBe(data);
  });
});

const messages = {
  explanations: { met: ['Met: {evidence}.'], partial: ['Partial: {evidence}.'], missing: ['Missing.'] },
  suggestions: { partial: ['Do more.'], missing: ['Do it.'] },
};

/** A three-step rubric written with the builders. */
const BUILT = defineRubric({
  id: 'built',
  title: 'Built with the TypeScript builders',
  lang: 'en',
  lexicons: { 'my-diluters': { entries: ['inconvenience', 'for any'] } },
  checks: {
    'first-person-fault': agent('fault-acts', { negated: 'include' }),
    apology: agent('apology-predicates', { subjects: ['pronoun', 'org'] }),
    diluter: phrase('my-diluters', { negated: 'include' }),
  },
  steps: [
    { id: 'own-up', title: 'Own up', weight: 40, strong: 'first-person-fault', weak: phrase('ownership-statements'), ...messages },
    {
      id: 'apologize',
      title: 'Apologize',
      weight: 40,
      // Combinator builders are typed as CheckSpec (which includes a name), so named() needs the cast.
      strong: named('clear-apology', sameSentence('apology', not('diluter')) as Exclude<CheckSpec, string>),
      weak: any('apology', phrase('apology-mentions')),
      ...messages,
    },
    { id: 'solution', title: 'Fix', weight: 20, strong: agent('remediation-acts', { realis: true }), weak: phrase('effort'), ...messages },
  ],
  antiPatterns: [
    { id: 'passive-voice', title: 'Passive voice', severity: 'warning', penalty: 5, check: agentless('fault-words'), message: 'Passive: {text}' },
  ],
  grades: [
    { grade: 'A', min: 80 },
    { grade: 'F', min: 0 },
  ],
});

/** The same rubric as JSON text would hold it. */
const AS_JSON = JSON.parse(`{
  "id": "built",
  "title": "Built with the TypeScript builders",
  "lang": "en",
  "lexicons": { "my-diluters": { "entries": ["inconvenience", "for any"] } },
  "checks": {
    "first-person-fault": { "kind": "agent", "lexicon": "fault-acts", "negated": "include" },
    "apology": { "kind": "agent", "lexicon": "apology-predicates", "subjects": ["pronoun", "org"] },
    "diluter": { "kind": "phrase", "lexicon": "my-diluters", "negated": "include" }
  },
  "steps": [
    { "id": "own-up", "title": "Own up", "weight": 40, "strong": "first-person-fault",
      "weak": { "kind": "phrase", "lexicon": "ownership-statements" }, ${JSON.stringify(messages).slice(1, -1)} },
    { "id": "apologize", "title": "Apologize", "weight": 40,
      "strong": { "kind": "sameSentence", "id": "clear-apology", "checks": ["apology", { "kind": "not", "check": "diluter" }] },
      "weak": { "kind": "any", "checks": ["apology", { "kind": "phrase", "lexicon": "apology-mentions" }] }, ${JSON.stringify(messages).slice(1, -1)} },
    { "id": "solution", "title": "Fix", "weight": 20,
      "strong": { "kind": "agent", "lexicon": "remediation-acts", "realis": true },
      "weak": { "kind": "phrase", "lexicon": "effort" }, ${JSON.stringify(messages).slice(1, -1)} }
  ],
  "antiPatterns": [
    { "id": "passive-voice", "title": "Passive voice", "severity": "warning", "penalty": 5,
      "check": { "kind": "agentless", "faults": "fault-words" }, "message": "Passive: {text}" }
  ],
  "grades": [{ "grade": "A", "min": 80 }, { "grade": "F", "min": 0 }]
}`);

describe('a rubric built with the builders', () => {
  it('is the same data as the JSON rubric', () => {
    expect(BUILT).toStrictEqual(AS_JSON);
    expect(parseRubric(BUILT)).toStrictEqual(parseRubric(AS_JSON));
  });

  it.each([
    {
      text: 'We made a mistake when we changed the fare rules. We are truly sorry. We rolled back the change at 14:05.',
      statuses: ['met', 'met', 'met'],
      score: 100,
      grade: 'A',
    },
    {
      text: 'This is on us. We are sorry for the inconvenience. Our team is investigating.',
      statuses: ['partial', 'partial', 'partial'],
      score: 50,
      grade: 'F',
    },
    {
      // The passive fault costs 5 points; a promise to restore is effort, not a fix.
      text: 'Mistakes were made. We apologize to every customer. We will restore service by noon.',
      statuses: ['missing', 'met', 'partial'],
      score: 45,
      grade: 'F',
    },
  ])('scores "$text"', ({ text, statuses, score: expected, grade }) => {
    for (const rubric of [BUILT, AS_JSON]) {
      const verdict = score(text, { rubric });
      expect(verdict.rubric).toBe('built');
      expect(verdict.steps.map((s) => [s.id, s.status])).toEqual([
        ['own-up', statuses[0]],
        ['apologize', statuses[1]],
        ['solution', statuses[2]],
      ]);
      expect(verdict.score).toBe(expected);
      expect(verdict.grade).toBe(grade);
    }
  });

  it('quotes its evidence with the check names the builders gave', () => {
    const verdict = score('We made a mistake. We are truly sorry.', { rubric: BUILT });
    expect(verdict.steps.slice(0, 2).map((s) => s.evidence.map((e) => [e.check, e.text, e.strength]))).toEqual([
      [['first-person-fault', 'We made a mistake', 'strong']],
      [['clear-apology', 'We are truly sorry', 'strong']],
    ]);
    expect(score('Mistakes were made.', { rubric: BUILT }).findings.map((f) => [f.id, f.text, f.penalty])).toEqual([['passive-voice', 'Mistakes were made', 5]]);
  });
});
