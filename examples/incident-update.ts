/** A team's own rubric, as data: `npx tsx examples/incident-update.ts`. */
import { readFileSync } from 'node:fs';
import { parseRubric, score } from 'apology-score';

const rubric = parseRubric(JSON.parse(readFileSync(new URL('./incident-update.rubric.json', import.meta.url), 'utf8')));
const update = `Since 09:12 UTC customers in EU regions cannot log in to the dashboard.
We rolled back the 09:05 deploy and error rates are falling. Next update by 10:30 UTC.`;

const verdict = score(update, { rubric });
console.log(`${verdict.rubric}: ${verdict.score}/100 (${verdict.grade})`);
for (const step of verdict.steps) console.log(`  ${step.status.padEnd(8)} ${step.title}: ${step.explanation}`);
