import { BUILTIN_RUBRICS, DEFAULT_RUBRIC } from './builtin-rubrics.js';
import { compileRubric, type CompiledRubric } from './compile.js';
import { RubricError } from './rubric-error.js';
import { rubricSchema, type Rubric, type RubricInput } from './schema.js';

/** Deepest nesting of objects and arrays a rubric file may have; checked before validation, which recurses. */
export const MAX_RUBRIC_NESTING = 100;

/** Validates rubric data (a parsed JSON file or an object built in TypeScript). Throws RubricError with every problem. */
export function parseRubric(data: unknown, source?: string): Rubric {
  const tooDeep = deeperThan(data, MAX_RUBRIC_NESTING);
  if (tooDeep !== null) throw new RubricError([{ path: tooDeep, message: `nested deeper than ${MAX_RUBRIC_NESTING} levels` }], source);
  const result = rubricSchema().Rubric.safeParse(data);
  if (!result.success) throw RubricError.fromZod(result.error, source);
  return result.data;
}

/** The path of the first value nested deeper than `limit`, found without recursion; null when there is none. */
function deeperThan(data: unknown, limit: number): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > limit) return path.join('.');
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return null;
}

const byId = new Map<string, CompiledRubric>();
const byObject = new WeakMap<object, CompiledRubric>();

/**
 * The compiled rubric for a `rubric` option: a built-in id, or rubric data. Compiled once
 * and cached, so scoring many statements pays for it once. `source` (a file name) is named in
 * a RubricError.
 */
export function resolveRubric(rubric: string | RubricInput | object | undefined, source?: string): CompiledRubric {
  if (rubric === undefined || typeof rubric === 'string') {
    const id = rubric ?? DEFAULT_RUBRIC;
    const cached = byId.get(id);
    if (cached) return cached;
    const data = BUILTIN_RUBRICS[id];
    if (data === undefined) {
      throw new RubricError([{ path: '', message: `unknown rubric "${id}"; built-in rubrics: ${Object.keys(BUILTIN_RUBRICS).join(', ')}` }]);
    }
    // A built-in rubric is not validated here: a test checks that parseRubric returns it
    // unchanged, and validating it would cost a cold start about 13 ms.
    const compiled = compileRubric(data as Rubric, id);
    byId.set(id, compiled);
    return compiled;
  }
  if (typeof rubric !== 'object' || rubric === null) {
    throw new RubricError([{ path: '', message: `a rubric is an id or an object, not ${rubric === null ? 'null' : typeof rubric}` }]);
  }
  const cached = byObject.get(rubric);
  if (cached) return cached;
  const compiled = compileRubric(parseRubric(rubric, source), source);
  byObject.set(rubric, compiled);
  return compiled;
}

/** The ids of the built-in rubrics. */
export function builtinRubricIds(): string[] {
  return Object.keys(BUILTIN_RUBRICS);
}
