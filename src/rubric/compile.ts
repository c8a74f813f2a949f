import type { CheckFn } from '../checks/context.js';
import { CheckCompiler } from '../checks/compiler.js';
import type { LexiconMatcher } from '../checks/lexicon-matcher.js';
import { BUILTIN_LEXICONS } from './builtin-lexicons.js';
import { gradeBands, type GradeBand } from './grade-bands.js';
import { RubricError } from './rubric-error.js';
import type { AntiPattern, Rubric, Step } from './schema.js';

export interface CompiledStep {
  step: Step;
  strong: CheckFn;
  weak: CheckFn | undefined;
}

export interface CompiledAntiPattern {
  antiPattern: AntiPattern;
  check: CheckFn;
}

export interface CompiledRubric {
  rubric: Rubric;
  steps: CompiledStep[];
  antiPatterns: CompiledAntiPattern[];
  matcher: LexiconMatcher;
  /** Step weights scaled so that a statement meeting every step scores 100. */
  points: number[];
  /** Grade bands, best first. */
  grades: GradeBand[];
}

/**
 * Compiles a validated rubric once: checks into functions, every lexicon into one matcher.
 * Reports every problem at once (unknown names, bad patterns, duplicate ids) as a RubricError.
 */
export function compileRubric(rubric: Rubric, source?: string): CompiledRubric {
  const compiler = new CheckCompiler({ ...BUILTIN_LEXICONS, ...rubric.lexicons }, rubric.checks ?? {});
  compiler.compileNamed();
  const steps = rubric.steps.map((step, n) => ({
    step,
    strong: compiler.compile(step.strong, `steps.${n}.strong`),
    weak: step.weak === undefined ? undefined : compiler.compile(step.weak, `steps.${n}.weak`),
  }));
  const antiPatterns = rubric.antiPatterns.map((antiPattern, n) => ({
    antiPattern,
    check: compiler.compile(antiPattern.check, `antiPatterns.${n}.check`),
  }));
  const duplicates = [...duplicateIds(rubric.steps.map((s) => s.id), 'steps'), ...duplicateIds(rubric.antiPatterns.map((a) => a.id), 'antiPatterns')];
  let matcher: LexiconMatcher;
  try {
    matcher = compiler.finish(source);
  } catch (error) {
    if (error instanceof RubricError) throw new RubricError([...error.problems, ...duplicates], source);
    throw error;
  }
  if (duplicates.length > 0) throw new RubricError(duplicates, source);
  const total = rubric.steps.reduce((sum, s) => sum + s.weight, 0);
  const points = rubric.steps.map((s) => (total > 0 ? (100 * s.weight) / total : 0));
  return { rubric, steps, antiPatterns, matcher, points, grades: gradeBands(rubric) };
}

function duplicateIds(ids: string[], where: string) {
  return ids.flatMap((id, n) => (ids.indexOf(id) !== n ? [{ path: `${where}.${n}.id`, message: `duplicate id "${id}"` }] : []));
}
