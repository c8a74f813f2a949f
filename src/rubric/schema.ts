import * as z from 'zod';
import { checkSchema } from './check-schema.js';
import { lazySchema } from './lazy-schema.js';
import { lexiconSchema } from './lexicon.js';

/** The rubric schema and the schemas it holds, built on first use (see lazySchema). */
export const rubricSchema = lazySchema(() => {
  /**
   * A message chosen from alternatives: the first one whose placeholders the statement can
   * fill is used. Placeholders: {evidence} (the step's first quote), {finding:ID} (the first
   * quote of that finding), {rewrite} (an active-voice rewrite of the first agentless fault).
   */
  const Messages = z.array(z.string().min(1)).min(1);

  const StepSchema = z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    weight: z.number().min(0).max(100).describe('Points when the step is met; half when partial.'),
    why: z.string().optional().describe('Why the step weighs what it weighs.'),
    strong: checkSchema().describe('Evidence that meets the step.'),
    weak: checkSchema().optional().describe('Evidence that meets it partly.'),
    explanations: z.strictObject({ met: Messages, partial: Messages, missing: Messages }),
    suggestions: z.strictObject({ partial: Messages, missing: Messages }),
  });

  const AntiPatternSchema = z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    severity: z.enum(['error', 'warning', 'info']),
    penalty: z.number().min(0).max(100).describe('Points taken off once, however often the anti-pattern occurs.'),
    why: z.string().optional(),
    check: checkSchema(),
    message: z.string().min(1).describe('Shown with each finding; {text} is the quote.'),
    occurrences: z.enum(['all', 'first']).optional().describe('Report every hit (default) or only the first (an order rule happens once).'),
  });

  const GradeSchema = z.strictObject({
    grade: z.string().min(1),
    min: z.number().min(0).max(100).describe('Lowest score that earns the grade.'),
    meaning: z.string().optional(),
  });

  const RubricSchema = z
    .strictObject({
      $schema: z.string().optional(),
      id: z.string().min(1),
      title: z.string().min(1),
      lang: z.enum(['en', 'fr']),
      version: z.string().optional(),
      description: z.string().optional(),
      notes: z.array(z.string()).optional().describe('Documentation: where the weights, penalties and bands come from.'),
      lexicons: z.record(z.string(), lexiconSchema()).optional().describe('Lexicons of this rubric; they add to (or replace) the built-in ones of the same name.'),
      checks: z.record(z.string(), checkSchema()).optional().describe('Named checks, used by name in steps and anti-patterns.'),
      steps: z.array(StepSchema).min(1),
      antiPatterns: z.array(AntiPatternSchema).default([]),
      penaltyCap: z.number().min(0).max(100).optional().describe('Most points all findings together can take off.'),
      grades: z.array(GradeSchema).min(1).describe('Grade bands, any order; the lowest band should start at 0.'),
    })
    .describe('An apology-score rubric: steps with checks and weights, anti-patterns with penalties, grade bands.');

  return { Rubric: RubricSchema, Step: StepSchema, AntiPattern: AntiPatternSchema };
});

/**
 * The rubric schema, for `RubricSchema.parse(data)` or `safeParse`: a lazy wrapper, so that
 * importing the package builds nothing until a rubric is validated.
 */
export const RubricSchema = z.lazy(() => rubricSchema().Rubric);

type Schemas = ReturnType<typeof rubricSchema>;
export type Rubric = z.infer<Schemas['Rubric']>;
export type RubricInput = z.input<Schemas['Rubric']>;
export type Step = z.infer<Schemas['Step']>;
export type AntiPattern = z.infer<Schemas['AntiPattern']>;
