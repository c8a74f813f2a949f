/** The TypeScript API in twenty lines: `npx tsx examples/api.ts`. */
import { passiveVoice, score } from 'apology-score';

const draft = `Mistakes were made in a single content update. This is not a security incident.
We are deeply sorry for the inconvenience. A fix has been deployed.`;

const verdict = score(draft);
console.log(`${verdict.score}/100, grade ${verdict.grade}`);
for (const step of verdict.steps) {
  const quote = step.evidence[0] ? ` “${step.evidence[0].text}”` : '';
  console.log(`${step.status.padEnd(8)} ${step.title}${quote}`);
  if (step.suggestion) console.log(`         → ${step.suggestion}`);
}
for (const finding of verdict.findings) {
  // Offsets index the exact input: draft.slice(start, end) === finding.text
  console.log(`${finding.id} at ${finding.start}-${finding.end}: ${finding.message}`);
}
console.log(passiveVoice('Mistakes were made, but we are committed to fixing this.'));
