import { describe, expect, it } from 'vitest';
import { CheckCompiler, MAX_CHECK_DEPTH } from '../src/checks/compiler.js';
import { BUILTIN_LEXICONS } from '../src/rubric/builtin-lexicons.js';
import { BUILTIN_RUBRICS } from '../src/rubric/builtin-rubrics.js';
import { lexiconSchema } from '../src/rubric/lexicon.js';
import { RubricSchema } from '../src/rubric/schema.js';
import type { CheckSpec } from '../src/rubric/check-schema.js';
import { CHECK_KINDS } from '../src/rubric/check-schema.js';
import { parseRubric } from '../src/rubric/load.js';
import { RubricError, type RubricProblem } from '../src/rubric/rubric-error.js';
import { score } from '../src/scoring/score.js';

/**
 * Malformed rubrics: parseRubric (schema) and score(text, { rubric }) (schema, then compile)
 * throw a RubricError whose `problems` name every problem with its field path.
 */

const STATEMENT = 'We made a mistake, and we are sorry.';

function step(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'apologize',
    title: 'Apologize',
    weight: 10,
    strong: { kind: 'phrase', patterns: ['sorry'] },
    explanations: { met: ['Met.'], partial: ['Partial.'], missing: ['Missing.'] },
    suggestions: { partial: ['Do more.'], missing: ['Do it.'] },
    ...over,
  };
}

function rubric(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'test', title: 'Test', lang: 'en', steps: [step()], grades: [{ grade: 'A', min: 0 }], ...over };
}

function antiPattern(id: string): Record<string, unknown> {
  return { id, title: id, severity: 'info', penalty: 1, check: { kind: 'phrase', patterns: ['inconvenience'] }, message: 'm' };
}

/** The RubricError `run` throws (fails if it throws nothing or something else). */
function rubricError(run: () => unknown): RubricError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RubricError);
  return thrown as RubricError;
}

const viaScore = (data: unknown) => rubricError(() => score(STATEMENT, { rubric: data as never }));
const viaParse = (data: unknown) => rubricError(() => parseRubric(data));
const paths = (error: RubricError) => error.problems.map((p) => p.path);

const KNOWN_LEXICONS = Object.keys(BUILTIN_LEXICONS).sort().join(', ');

function nest(depth: number): CheckSpec {
  let check: CheckSpec = { kind: 'phrase', patterns: ['sorry'] };
  for (let n = 0; n < depth; n++) check = { kind: 'any', checks: [check] };
  return check;
}

describe('schema problems (parseRubric and score)', () => {
  it('a step missing its weight', () => {
    const { weight: _, ...noWeight } = step();
    for (const error of [viaParse(rubric({ steps: [noWeight] })), viaScore(rubric({ steps: [noWeight] }))]) {
      expect(error.problems).toEqual([{ path: 'steps.0.weight', message: expect.stringContaining('expected number') }]);
    }
  });

  it('an unknown check kind, naming the known ones', () => {
    for (const error of [viaParse(rubric({ steps: [step({ strong: { kind: 'regex', pattern: 'sorry' } })] })), viaScore(rubric({ steps: [step({ strong: { kind: 'regex', pattern: 'sorry' } })] }))]) {
      expect(paths(error)).toEqual(['steps.0.strong.kind']);
      for (const kind of CHECK_KINDS) expect(error.problems[0]!.message).toContain(`'${kind}'`);
    }
  });

  it('an unknown check kind deep inside a combinator', () => {
    const strong = { kind: 'any', checks: [{ kind: 'phrase', patterns: ['sorry'] }, { kind: 'sameSentence', checks: [{ kind: 'regexp' }] }] };
    expect(paths(viaParse(rubric({ steps: [step({ strong })] })))).toEqual(['steps.0.strong.checks.1.checks.0.kind']);
  });

  it('an unknown parameter', () => {
    const error = viaParse(rubric({ steps: [step({ strong: { kind: 'phrase', patterns: ['sorry'], negate: 'only' } })] }));
    expect(error.problems).toEqual([{ path: 'steps.0.strong', message: expect.stringContaining('"negate"') }]);
  });

  it('an empty pattern list', () => {
    const error = viaParse(rubric({ steps: [step({ strong: { kind: 'phrase', patterns: [] } })] }));
    expect(error.problems).toEqual([{ path: 'steps.0.strong.patterns', message: expect.stringContaining('>=1') }]);
  });

  it('lists every schema problem at once, in document order', () => {
    const { weight: _, ...noWeight } = step();
    const data = rubric({ lang: 'de', steps: [noWeight, step({ strong: { kind: 'regex' } }), step({ weight: 200 })], grades: [] });
    for (const error of [viaParse(data), viaScore(data)]) {
      expect(paths(error)).toEqual(['lang', 'steps.0.weight', 'steps.1.strong.kind', 'steps.2.weight', 'grades']);
      expect(error.problems[0]!.message).toContain('"en"');
      expect(error.problems[3]!.message).toContain('<=100');
    }
  });

  it('a rubric that is not an object', () => {
    expect(viaParse(null).problems).toEqual([{ path: '', message: expect.stringContaining('expected object') }]);
    expect(viaScore(null).problems).toEqual([{ path: '', message: 'a rubric is an id or an object, not null' }]);
    expect(viaScore('nine-step').problems).toEqual([{ path: '', message: 'unknown rubric "nine-step"; built-in rubrics: five-step' }]);
  });
});

describe('compile problems (score)', () => {
  it('schema-valid rubrics with compile problems pass parseRubric', () => {
    expect(() => parseRubric(rubric({ steps: [step({ strong: { kind: 'phrase', lexicon: 'apologies' } })] }))).not.toThrow();
  });

  it('an unknown lexicon, naming the known ones', () => {
    const error = viaScore(rubric({ steps: [step({ strong: { kind: 'phrase', lexicon: 'apologies' } })] }));
    expect(error.problems).toEqual([{ path: 'steps.0.strong.lexicon', message: `unknown lexicon "apologies"; known: ${KNOWN_LEXICONS}` }]);
  });

  it('the known lexicons include the rubric\'s own, never inline ones', () => {
    const data = rubric({
      lexicons: { mine: { entries: ['sorry'] } },
      steps: [step({ strong: { kind: 'any', checks: [{ kind: 'phrase', patterns: ['sorry'] }, { kind: 'phrase', lexicon: 'nope' }] } })],
    });
    const [problem] = viaScore(data).problems;
    expect(problem!.path).toBe('steps.0.strong.checks.1.lexicon');
    expect(problem!.message).toContain(', mine, ');
    expect(problem!.message).not.toContain('inline');
  });

  it('an unknown named check, naming the known ones', () => {
    const data = rubric({ checks: { apology: { kind: 'phrase', patterns: ['sorry'] }, fix: { kind: 'phrase', patterns: ['[fix]'] } }, steps: [step({ weak: 'apologies' })] });
    expect(viaScore(data).problems).toEqual([{ path: 'steps.0.weak', message: 'unknown check "apologies"; known: apology, fix' }]);
  });

  it('a named check that refers to itself', () => {
    const data = rubric({ checks: { loop: { kind: 'any', checks: [{ kind: 'phrase', patterns: ['sorry'] }, 'loop'] } }, steps: [step({ strong: 'loop' })] });
    expect(viaScore(data).problems).toEqual([{ path: 'checks.loop.checks.1', message: 'check "loop" refers to itself, directly or through other checks' }]);
  });

  it('a named check that is only another name for itself', () => {
    const data = rubric({ checks: { loop: 'loop' }, steps: [step({ strong: 'loop' })] });
    expect(viaScore(data).problems).toEqual([{ path: 'checks.loop', message: 'check "loop" refers to itself, directly or through other checks' }]);
  });

  it('a problem inside a named check is reported at the named check, once however often it is used', () => {
    const data = rubric({ checks: { apology: { kind: 'phrase', lexicon: 'nope' } }, steps: [step({ strong: 'apology', weak: 'apology' }), step({ id: 'other', strong: 'apology' })] });
    expect(paths(viaScore(data))).toEqual(['checks.apology.lexicon']);
  });

  it('a bad token pattern written in place', () => {
    const error = viaScore(rubric({ steps: [step({ strong: { kind: 'phrase', patterns: ['sorry', '[apologize'] } })] }));
    expect(error.problems).toEqual([{ path: 'steps.0.strong.patterns.1', message: 'Invalid token pattern "[apologize": bad lemma "[apologize"' }]);
  });

  it('bad token patterns in a lexicon of the rubric, each at its entry', () => {
    const data = rubric({ lexicons: { mine: { entries: ['sorry', 'a||b', { pattern: '<>', note: 'bad' }, 'x? y?'] } }, steps: [step({ strong: { kind: 'phrase', lexicon: 'mine' } })] });
    expect(viaScore(data).problems).toEqual([
      { path: 'lexicons.mine.entries.1', message: 'Invalid token pattern "a||b": empty alternative in "a||b"' },
      { path: 'lexicons.mine.entries.2', message: 'Invalid token pattern "<>": bad part of speech "<>"' },
      { path: 'lexicons.mine.entries.3', message: 'Invalid token pattern "x? y?": every element is optional' },
    ]);
  });

  it('duplicate step and anti-pattern ids, at each repeat', () => {
    const data = rubric({ steps: [step(), step({ id: 'fix' }), step()], antiPatterns: [antiPattern('a'), antiPattern('b'), antiPattern('a')] });
    expect(viaScore(data).problems).toEqual([
      { path: 'steps.2.id', message: 'duplicate id "apologize"' },
      { path: 'antiPatterns.2.id', message: 'duplicate id "a"' },
    ]);
  });

  it('a phrase with neither lexicon nor patterns', () => {
    expect(viaScore(rubric({ steps: [step({ strong: { kind: 'phrase' } })] })).problems).toEqual([{ path: 'steps.0.strong', message: 'needs "lexicon" or "patterns"' }]);
  });

  it('lists every compile problem at once', () => {
    const data = rubric({
      lexicons: { mine: { entries: ['x?'] } },
      checks: { loop: 'loop' },
      steps: [
        step({ strong: { kind: 'phrase', lexicon: 'nope' }, weak: 'missing-check' }),
        step({ id: 'own-up', strong: 'loop' }),
        step({ id: 'fix', strong: { kind: 'agent', patterns: ['['] } }),
        step(),
      ],
      antiPatterns: [{ ...antiPattern('jargon'), check: { kind: 'sameSentence', checks: ['nothing-here'] } }],
    });
    for (const error of [viaScore(data), rubricError(() => score('', { rubric: data as never }))]) {
      // Named checks are compiled first, used or not.
      expect(paths(error)).toEqual([
        'lexicons.mine.entries.0',
        'checks.loop',
        'steps.0.strong.lexicon',
        'steps.0.weak',
        'steps.2.strong.patterns.0',
        'antiPatterns.0.check.checks.0',
        'steps.3.id',
      ]);
    }
  });

  it('names the rubric source and every problem in the message', () => {
    const error = rubricError(() => parseRubric({ ...rubric(), lang: 'de', grades: [] }, 'my-rubric.json'));
    expect(error.name).toBe('RubricError');
    expect(error.source).toBe('my-rubric.json');
    expect(error.message).toMatch(/^Invalid rubric \(my-rubric\.json\):\n {2}- lang: .+\n {2}- grades: .+$/);
  });
});

describe('the compiler on its own', () => {
  function compileProblems(spec: CheckSpec, definitions: Record<string, CheckSpec> = {}): RubricProblem[] {
    const compiler = new CheckCompiler(BUILTIN_LEXICONS, definitions);
    compiler.compile(spec, 'rule');
    return rubricError(() => compiler.finish()).problems;
  }

  it('refuses an unknown check kind, naming the known ones', () => {
    expect(compileProblems({ kind: 'regex' } as never)).toEqual([{ path: 'rule.kind', message: `unknown check kind "regex"; known: ${CHECK_KINDS.join(', ')}` }]);
  });

  it('collects problems from several compile calls and throws them at finish', () => {
    const compiler = new CheckCompiler(BUILTIN_LEXICONS, {});
    compiler.compile({ kind: 'phrase', lexicon: 'nope' }, 'steps.0.strong');
    compiler.compile({ kind: 'phrase', patterns: ['ok', '<ADV'] }, 'steps.1.strong');
    expect(paths(rubricError(() => compiler.finish('x.json')))).toEqual(['steps.0.strong.lexicon', 'steps.1.strong.patterns.1']);
  });

  it('returns a matcher when there is no problem', () => {
    const compiler = new CheckCompiler(BUILTIN_LEXICONS, {});
    compiler.compile({ kind: 'phrase', lexicon: 'apology-mentions' }, 'rule');
    expect(compiler.finish().has('apology-mentions')).toBe(true);
  });

  it('puts into the matcher only the lexicons matched as patterns, not those read as word sets', () => {
    const compiler = new CheckCompiler(BUILTIN_LEXICONS, {});
    compiler.compile({ kind: 'agentless', faults: 'fault-words' }, 'rule');
    compiler.compile({ kind: 'phrase', lexicon: 'gratitude' }, 'other');
    const matcher = compiler.finish();
    expect([matcher.has('gratitude'), matcher.has('fault-words'), matcher.has('apology-mentions')]).toEqual([true, false, false]);
  });
});

describe('the built-in rubrics', () => {
  // resolveRubric compiles them without validating them (it would slow a cold start): this is the check.
  it.each(Object.keys(BUILTIN_RUBRICS))('%s passes the schema unchanged', (id) => {
    expect(parseRubric(BUILTIN_RUBRICS[id])).toStrictEqual(BUILTIN_RUBRICS[id]);
  });

  it('are accepted by the public RubricSchema, which refuses a rubric without steps', () => {
    expect(RubricSchema.safeParse(BUILTIN_RUBRICS['five-step']).success).toBe(true);
    const refused = RubricSchema.safeParse({ ...(BUILTIN_RUBRICS['five-step'] as object), steps: [] });
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['steps']);
  });

  it.each(Object.keys(BUILTIN_LEXICONS))('lexicon %s passes the lexicon schema unchanged', (id) => {
    expect(lexiconSchema().parse(BUILTIN_LEXICONS[id])).toStrictEqual(BUILTIN_LEXICONS[id]);
  });
});

describe('nesting depth', () => {
  const tooDeep = `checks nest deeper than ${MAX_CHECK_DEPTH} levels`;

  it(`accepts ${MAX_CHECK_DEPTH} levels`, () => {
    const verdict = score(STATEMENT, { rubric: rubric({ steps: [step({ strong: nest(MAX_CHECK_DEPTH) })] }) as never });
    expect(verdict.steps[0]!.status).toBe('met');
  });

  it(`refuses ${MAX_CHECK_DEPTH + 1} levels, at the check that is too deep`, () => {
    const error = viaScore(rubric({ steps: [step({ strong: nest(MAX_CHECK_DEPTH + 1) })] }));
    expect(error.problems).toEqual([{ path: `steps.0.strong${'.checks.0'.repeat(MAX_CHECK_DEPTH + 1)}`, message: tooDeep }]);
  });

  it('counts not and before as levels', () => {
    let check: CheckSpec = { kind: 'phrase', patterns: ['sorry'] };
    for (let n = 0; n <= MAX_CHECK_DEPTH; n++) check = n % 2 === 0 ? { kind: 'not', check } : { kind: 'before', check, reference: { kind: 'phrase', patterns: ['x'] } };
    const error = viaScore(rubric({ steps: [step({ strong: check })] }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.message).toBe(tooDeep);
    expect(error.problems[0]!.path).toMatch(/^steps\.0\.strong(\.check){33}$/);
  });

  it.each([200, 800, 5000])('refuses data nested %i checks deep with a RubricError, before validation could overflow the stack', (depth) => {
    const error = viaScore(rubric({ steps: [step({ strong: nest(depth) })] }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.message).toBe('nested deeper than 100 levels');
    expect(error.problems[0]!.path).toMatch(/^steps\.0\.strong(\.checks\.0)+/);
  });
});
