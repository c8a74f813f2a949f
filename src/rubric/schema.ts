import * as z from 'zod';
import { CheckSchema } from './check-schema.js';
import { LexiconSchema } from './lexicon.js';

/**
 * A message chosen from alternatives: the first one whose placeholders the statement can
 * fill is used. Placeholders: {evidence} (the step's first quote), {finding:ID} (the first
 * quote of that finding), {rewrite} (an active-voice rewrite of the first agentless fault).
 */
const Messages = z.array(z.string().min(1)).min(1);

export const StepSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  weight: z.number().min(0).max(100).describe('Points when the step is met; half when partial.'),
  why: z.string().optional().describe('Why the step weighs what it weighs.'),
  strong: CheckSchema.describe('Evidence that meets the step.'),
  weak: CheckSchema.optional().describe('Evidence that meets it partly.'),
  explanations: z.strictObject({ met: Messages, partial: Messages, missing: Messages }),
  suggestions: z.strictObject({ partial: Messages, missing: Messages }),
});

export const AntiPatternSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  penalty: z.number().min(0).max(100).describe('Points taken off once, however often the anti-pattern occurs.'),
  why: z.string().optional(),
  check: CheckSchema,
  message: z.string().min(1).describe('Shown with each finding; {text} is the quote.'),
  occurrences: z.enum(['all', 'first']).optional().describe('Report every hit (default) or only the first (an order rule happens once).'),
});

export const GradeSchema = z.strictObject({
  grade: z.string().min(1),
  min: z.number().min(0).max(100).describe('Lowest score that earns the grade.'),
  meaning: z.string().optional(),
});

export const RubricSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().min(1),
    title: z.string().min(1),
    lang: z.enum(['en', 'fr']),
    version: z.string().optional(),
    description: z.string().optional(),
    notes: z.array(z.string()).optional().describe('Documentation: where the weights, penalties and bands come from.'),
    lexicons: z.record(z.string(), LexiconSchema).optional().describe('Lexicons of this rubric; they add to (or replace) the built-in ones of the same name.'),
    checks: z.record(z.string(), CheckSchema).optional().describe('Named checks, used by name in steps and anti-patterns.'),
    steps: z.array(StepSchema).min(1),
    antiPatterns: z.array(AntiPatternSchema).default([]),
    penaltyCap: z.number().min(0).max(100).optional().describe('Most points all findings together can take off.'),
    grades: z.array(GradeSchema).min(1).describe('Grade bands, any order; the lowest band should start at 0.'),
  })
  .describe('An apology-score rubric: steps with checks and weights, anti-patterns with penalties, grade bands.');

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;
export type Step = z.infer<typeof StepSchema>;
export type AntiPattern = z.infer<typeof AntiPatternSchema>;
