import { describe, expect, it } from 'vitest';
import { score, RubricError } from 'apology-score';
import schema from '../rubrics/rubric.schema.json';
import { rubricJsonSchema } from '../src/rubric/json-schema.js';
import fiveStep from '../rubrics/five-step.en.json';
import incidentUpdate from '../examples/incident-update.rubric.json';
import { Ajv2020 } from 'ajv/dist/2020.js';

describe('score()', () => {
  it('returns the Verdict contract: every step in rubric order, a 0..100 integer, a grade', () => {
    const verdict = score('We made a mistake. I am truly sorry.');
    expect(verdict.rubric).toBe('five-step');
    expect(verdict.lang).toBe('en');
    expect(verdict.steps.map((s) => [s.id, s.status, s.weight])).toEqual([
      ['own-up', 'met', 30],
      ['acknowledge', 'missing', 15],
      ['apologize', 'met', 25],
      ['solution', 'missing', 15],
      ['prevention', 'missing', 15],
    ]);
    expect(verdict.score).toBe(55);
    expect(verdict.grade).toBe('C');
    expect(verdict.steps[0]!.evidence).toEqual([{ start: 0, end: 17, text: 'We made a mistake', check: 'first-person-fault', strength: 'strong' }]);
    expect(verdict.steps[0]!.suggestion).toBeUndefined();
    expect(verdict.steps[1]!.suggestion).toMatch(/^Say what happened to the people affected/);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it('scores an empty or blank statement 0 and says it is empty', () => {
    for (const text of ['', '   \n\t ']) {
      const verdict = score(text);
      expect(verdict.score).toBe(0);
      expect(verdict.grade).toBe('F');
      expect(verdict.steps.every((s) => s.status === 'missing')).toBe(true);
      expect(verdict.findings).toEqual([]);
      expect(verdict.summary).toBe('The statement is empty: there is nothing to score.');
    }
  });

  it('throws a TypeError naming what was passed instead of a string', () => {
    expect(() => score(undefined as unknown as string)).toThrow(new TypeError('score() expects the statement as a string, got undefined'));
    expect(() => score(42 as unknown as string)).toThrow('got number');
    expect(() => score({} as unknown as string)).toThrow('got an object');
  });

  it('turns a passive fault into an active suggestion with "we" as the subject', () => {
    const verdict = score('Unfortunately, one of the inputs to the command was entered incorrectly.');
    expect(verdict.steps[0]!.status).toBe('missing');
    expect(verdict.steps[0]!.suggestion).toBe(
      "Say what you did, with 'we' as the subject: “We entered one of the inputs to the command incorrectly.” instead of “one of the inputs to the command was entered incorrectly”.",
    );
  });

  it('does not put "we" on a fault done by someone else', () => {
    const verdict = score('Customer passwords were stolen from a backup.');
    expect(verdict.findings.map((f) => [f.id, f.text])).toEqual([['passive-voice', 'Customer passwords were stolen']]);
    expect(verdict.steps[0]!.suggestion).toBe("Say what you did, with 'we' as the subject: 'We sent out an update that had a defect.'");
  });

  it('charges each anti-pattern once, within the penalty cap', () => {
    const verdict = score('This is not a cyberattack. It was not a breach. We apologize.');
    expect(verdict.findings.map((f) => [f.id, f.penalty])).toEqual([
      ['denial', 7],
      ['denial', 0],
    ]);
    expect(verdict.score).toBe(25 - 7);
  });

  it('leaves out disabled finding ids and their penalties', () => {
    const verdict = score('This is not a cyberattack. We apologize.', { disable: ['denial'] });
    expect(verdict.findings).toEqual([]);
    expect(verdict.score).toBe(25);
  });

  it('is deterministic', () => {
    const text = 'We are deeply sorry for the inconvenience. A fix has been deployed.';
    expect(score(text)).toEqual(score(text));
  });

  it('refuses an unknown built-in rubric and an unsupported language', () => {
    expect(() => score('sorry', { rubric: 'nope' })).toThrow(RubricError);
    expect(() => score('sorry', { rubric: 'nope' })).toThrow('unknown rubric "nope"; built-in rubrics: five-step');
    expect(() => score('désolé', { lang: 'fr' })).toThrow('language "fr" is not supported yet');
  });
});

describe('rubric files', () => {
  it('ship a JSON Schema that is the one the zod schema generates (run npm run schema after changing it)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(rubricJsonSchema())));
  });

  it('validate against that JSON Schema, both the built-in and the example rubric', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(fiveStep), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(incidentUpdate), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...fiveStep, steps: [{ id: 'x' }] })).toBe(false);
  });

  it('score a statement with the example incident-update rubric, composed from the same checks', () => {
    const verdict = score(
      'Since 09:12 UTC customers in EU regions cannot log in. We rolled back the 09:05 deploy. Next update by 10:30 UTC.',
      { rubric: incidentUpdate },
    );
    expect(verdict.rubric).toBe('incident-update');
    expect(verdict.steps.map((s) => [s.id, s.status, s.evidence.map((e) => e.text)])).toEqual([
      ['impact', 'met', ['09:12 UTC customers in EU regions cannot log']],
      ['status', 'met', ['We rolled back']],
      ['next-update', 'met', ['Next update by 10:30 UTC']],
    ]);
    expect(verdict.score).toBe(100);
    expect(verdict.grade).toBe('good');
  });
});
