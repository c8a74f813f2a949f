/**
 * A zod schema built on first use. Building the rubric schemas costs a cold start about 10 ms,
 * and scoring with a built-in rubric (checked by a test, not at run time) uses none of them.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
