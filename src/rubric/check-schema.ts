import * as z from 'zod';
import { phraseSchema, type PhraseParams } from '../checks/kinds/phrase.js';
import { agentSchema, type AgentParams } from '../checks/kinds/agent.js';
import { agentlessSchema, type AgentlessParams } from '../checks/kinds/agentless.js';
import { commitmentSchema, type CommitmentParams } from '../checks/kinds/commitment.js';
import { concreteSchema, type ConcreteParams } from '../checks/kinds/concreteness.js';
import { lazySchema } from './lazy-schema.js';

/** A check as rubric data: a check kind with its parameters, a combinator, or the name of a check of the rubric. */
export type CheckSpec =
  | string
  | PhraseParams
  | AgentParams
  | AgentlessParams
  | CommitmentParams
  | ConcreteParams
  | { kind: 'any' | 'all' | 'sameSentence'; id?: string; checks: CheckSpec[] }
  | { kind: 'not'; id?: string; check: CheckSpec }
  | { kind: 'before'; id?: string; check: CheckSpec; reference: CheckSpec };

export const CHECK_KINDS = ['phrase', 'agent', 'agentless', 'commitment', 'concrete', 'any', 'all', 'not', 'sameSentence', 'before'] as const;

/** The schema of a check, built on first use (see lazySchema); the combinators refer to it recursively. */
export const checkSchema = lazySchema((): z.ZodType<CheckSpec> => {
  const id = z.string().optional().describe('Name shown as the evidence\'s "check".');
  const list = (kind: 'any' | 'all' | 'sameSentence', description: string) =>
    z
      .strictObject({
        kind: z.literal(kind),
        id,
        get checks(): z.ZodArray<z.ZodType<CheckSpec>> {
          return z.array(checkSchema()).min(1);
        },
      })
      .describe(description);
  const not = z
    .strictObject({
      kind: z.literal('not'),
      id,
      get check(): z.ZodType<CheckSpec> {
        return checkSchema();
      },
    })
    .describe('Inside all / sameSentence: the check must have no hit (in the statement / in the sentence).');
  const before = z
    .strictObject({
      kind: z.literal('before'),
      id,
      get check(): z.ZodType<CheckSpec> {
        return checkSchema();
      },
      get reference(): z.ZodType<CheckSpec> {
        return checkSchema();
      },
    })
    .describe('The hits of `check` that come before the first hit of `reference` (all of them when `reference` has none).');
  return z
    .union([
      z.string().min(1).describe('The name of a check in the rubric\'s "checks".'),
      z.discriminatedUnion('kind', [
        phraseSchema(),
        agentSchema(),
        agentlessSchema(),
        commitmentSchema(),
        concreteSchema(),
        list('any', 'The hits of every check.'),
        list('all', 'The hits of the checks when every one of them has a hit in the statement.'),
        list('sameSentence', 'The hits of the checks in each sentence where every one of them has a hit.'),
        not,
        before,
      ]),
    ])
    .meta({ id: 'Check' });
});
