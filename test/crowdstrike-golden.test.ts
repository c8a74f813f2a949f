import { describe, expect, it } from 'vitest';
import { score } from 'apology-score';
import { crowdstrikeExamples, goldLabels } from './helpers/corpus.js';

const STATUS = ['missing', 'partial', 'met'] as const;
const STEPS = ['own-up', 'acknowledge', 'apologize', 'solution', 'prevention'] as const;
const english = crowdstrikeExamples().filter((s) => s.lang === 'en');
const gold = new Map(goldLabels().map((g) => [g.id, g]));

describe('the bundled CrowdStrike examples', () => {
  it('are all eight English statements', () => {
    expect(english.map((s) => s.id)).toEqual([
      '01-crowdstrike-kurtz-x-first',
      '02-crowdstrike-kurtz-x-second',
      '03-crowdstrike-kurtz-letter',
      '04-crowdstrike-pir-x',
      '05-crowdstrike-henry-linkedin',
      '06-crowdstrike-meyers-testimony',
      '51-linkedin-model-apology',
      '52-crowdstrike-ubereats-email',
    ]);
  });

  it.each(english)('$id: every step as the gold labels say', ({ id, body }) => {
    const label = gold.get(id)!;
    const verdict = score(body);
    expect(Object.fromEntries(verdict.steps.map((s) => [s.id, s.status]))).toEqual(
      Object.fromEntries(STEPS.map((step) => [step, STATUS[label[step]]])),
    );
  });

  it('ranks the model answer, Henry and the letter well above the first post and the UberEats email', () => {
    const scores = Object.fromEntries(english.map((s) => [s.id, score(s.body).score]));
    const good = ['51-linkedin-model-apology', '05-crowdstrike-henry-linkedin', '03-crowdstrike-kurtz-letter'].map((id) => scores[id]!);
    const bad = ['01-crowdstrike-kurtz-x-first', '52-crowdstrike-ubereats-email'].map((id) => scores[id]!);
    expect(Math.min(...good)).toBeGreaterThanOrEqual(Math.max(...bad) + 15);
  });

  it('finds the anti-patterns the annotators found in the first post', () => {
    const verdict = score(english[0]!.body);
    expect([...new Set(verdict.findings.map((f) => f.id))].sort()).toEqual([
      'denial', 'jargon', 'minimizing', 'passive-voice', 'self-praise', 'solution-first',
    ]);
    expect(verdict.findings.find((f) => f.id === 'denial')!.text).toBe('is not a security incident or cyberattack');
  });

  it('finds the voucher and the thanks in the UberEats email', () => {
    const verdict = score(english.find((s) => s.id === '52-crowdstrike-ubereats-email')!.body);
    expect(verdict.findings.map((f) => [f.id, f.text])).toEqual([
      ['gratitude-swap', 'gratitude and apologies'],
      ['trivializing', 'inconvenience'],
      ['gratitude-swap', 'gratitude'],
      ['token-compensation', 'coffee or snack is on us'],
    ]);
  });
});
