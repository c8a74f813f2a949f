import { readFileSync } from 'node:fs';
import { runCheck } from './run-check.js';
import { analyzeEnglish } from '../../src/analysis/analyze-en.js';
// usage: tsx .probe.ts '<spec json>' < sentences (one per line); or spec "tokens"
const spec = process.argv[2]!;
const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const line of lines) {
  if (spec === 'tokens') {
    const d = analyzeEnglish(line);
    console.log(d.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}${t.negated ? '/NEG' : ''}@${t.sentence}`).join(' '));
  } else console.log(JSON.stringify(line), '=>', JSON.stringify(runCheck(JSON.parse(spec), line)));
}
