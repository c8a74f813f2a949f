/**
 * Inputs and options for the reporter tests: the bundled English CrowdStrike statements scored
 * the way the CLI scores a file (`scoreInput`), and golden-file comparison.
 *
 * Golden files live in test/fixtures/reporters/. To rewrite them after an intended change of a
 * reporter (or of the scorer), run `UPDATE_GOLDEN=1 npx vitest run test/reporters` and review
 * the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { scoreInput, withLines } from '../../src/cli/score-input.js';
import type { ReportOptions, ScoredInput } from '../../src/reporters/report-input.js';
import { resolveRubric } from '../../src/rubric/load.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/reporters/', import.meta.url));

/** The English CrowdStrike examples (the French 53, 55, 56 are not scored yet). */
export const EXAMPLE_FILES = [
  'examples/crowdstrike/01-crowdstrike-kurtz-x-first.md',
  'examples/crowdstrike/02-crowdstrike-kurtz-x-second.md',
  'examples/crowdstrike/03-crowdstrike-kurtz-letter.md',
  'examples/crowdstrike/04-crowdstrike-pir-x.md',
  'examples/crowdstrike/05-crowdstrike-henry-linkedin.md',
  'examples/crowdstrike/06-crowdstrike-meyers-testimony.md',
  'examples/crowdstrike/51-linkedin-model-apology.md',
  'examples/crowdstrike/52-crowdstrike-ubereats-email.md',
] as const;

export const RUBRIC = resolveRubric('five-step').rubric;

let cached: ScoredInput[] | undefined;

/** The examples, scored once per test file, with their paths relative to the repository. */
export function exampleInputs(): ScoredInput[] {
  cached ??= EXAMPLE_FILES.map((file) => withLines(scoreInput(file, readFileSync(`${ROOT}${file}`, 'utf8'))));
  return cached;
}

export function exampleInput(name: string): ScoredInput {
  const input = exampleInputs().find((i) => i.file.includes(name));
  if (!input) throw new Error(`no example ${name}`);
  return input;
}

/** A statement given as text, scored like a file of that name. */
export function inputOf(source: string, file = 'statement.md'): ScoredInput {
  return withLines(scoreInput(file, source));
}

/** Report options fixed for goldens: no colour, version pinned (not read from package.json). */
export function reportOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return { color: false, quiet: false, rubric: RUBRIC, version: '0.0.0-test', ...overrides };
}

/** Compares `actual` with test/fixtures/reporters/`name`; UPDATE_GOLDEN=1 writes it instead. */
export function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/reporters`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
