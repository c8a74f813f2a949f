/**
 * `npm run schema`: writes rubrics/rubric.schema.json from the zod rubric schema, so editors
 * complete and check rubric files. A test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { rubricJsonSchema } from '../src/rubric/json-schema.js';

const target = new URL('../rubrics/rubric.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
