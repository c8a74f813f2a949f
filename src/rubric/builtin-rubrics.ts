import fiveStepEn from '../../rubrics/five-step.en.json';

/** Rubrics that ship with the package, by id. Validated and compiled on first use. */
export const BUILTIN_RUBRICS: Record<string, unknown> = {
  'five-step': fiveStepEn,
};

export const DEFAULT_RUBRIC = 'five-step';
