import type * as z from 'zod';

export interface RubricProblem {
  /** Where in the rubric data: "steps.0.strong.checks.1.lexicon". */
  path: string;
  message: string;
}

/** A rubric that can't be used, with every problem found and where it is. */
export class RubricError extends Error {
  constructor(
    readonly problems: RubricProblem[],
    readonly source?: string,
  ) {
    const where = source ? ` (${source})` : '';
    super(`Invalid rubric${where}:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
    this.name = 'RubricError';
  }

  static fromZod(error: z.ZodError, source?: string): RubricError {
    return new RubricError(zodProblems(error), source);
  }
}

/** A zod error as one problem per field path (the CLI's config file uses it too). */
export function zodProblems(error: z.ZodError): RubricProblem[] {
  return flatten(error.issues, []);
}

type Issue = z.core.$ZodIssue;

/**
 * zod reports a union failure with every branch's issues; keep the branch that got furthest
 * (a check written as an object is not "expected a string").
 */
function flatten(issues: readonly Issue[], prefix: PropertyKey[]): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.filter((b) => !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0));
      const best = (branches.length > 0 ? branches : issue.errors).reduce((a, b) => (depth(b) > depth(a) ? b : a));
      out.push(...flatten(best, path));
    } else {
      out.push({ path: path.map(String).join('.'), message: issue.message });
    }
  }
  return out;
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_union' ? 1 : 0)));
}
