import type { Rubric } from './schema.js';

export type GradeBand = Rubric['grades'][number];

/** A rubric's grade bands, best first (rubric files may list them in any order). */
export function gradeBands(rubric: Rubric): GradeBand[] {
  return [...rubric.grades].sort((a, b) => b.min - a.min);
}
