import * as z from 'zod';
import { rubricSchema } from './schema.js';

/** The JSON Schema of rubric files (shipped as rubrics/rubric.schema.json). */
export function rubricJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rubricSchema().Rubric, { io: 'input' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/apology-score/rubrics/rubric.schema.json', title: 'apology-score rubric' };
}
