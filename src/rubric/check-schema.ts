import * as z from 'zod';
import { PhraseSchema, type PhraseParams } from '../checks/kinds/phrase.js';
import { AgentSchema, type AgentParams } from '../checks/kinds/agent.js';
import { AgentlessSchema, type AgentlessParams } from '../checks/kinds/agentless.js';
import { CommitmentSchema, type CommitmentParams } from '../checks/kinds/commitment.js';
import { ConcreteSchema, type ConcreteParams } from '../checks/kinds/concreteness.js';

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

const id = z.string().optional().describe('Name shown as the evidence\'s "check".');

const ListSchema = (kind: 'any' | 'all' | 'sameSentence', description: string) =>
  z
    .strictObject({
      kind: z.literal(kind),
      id,
      get checks(): z.ZodArray<z.ZodType<CheckSpec>> {
        return z.array(CheckSchema).min(1);
      },
    })
    .describe(description);

export const AnySchema = ListSchema('any', 'The hits of every check.');
export const AllSchema = ListSchema('all', 'The hits of the checks when every one of them has a hit in the statement.');
export const SameSentenceSchema = ListSchema('sameSentence', 'The hits of the checks in each sentence where every one of them has a hit.');
export const NotSchema = z
  .strictObject({
    kind: z.literal('not'),
    id,
    get check(): z.ZodType<CheckSpec> {
      return CheckSchema;
    },
  })
  .describe('Inside all / sameSentence: the check must have no hit (in the statement / in the sentence).');
export const BeforeSchema = z
  .strictObject({
    kind: z.literal('before'),
    id,
    get check(): z.ZodType<CheckSpec> {
      return CheckSchema;
    },
    get reference(): z.ZodType<CheckSpec> {
      return CheckSchema;
    },
  })
  .describe('The hits of `check` that come before the first hit of `reference` (all of them when `reference` has none).');

export const CheckSchema: z.ZodType<CheckSpec> = z.union([
  z.string().min(1).describe('The name of a check in the rubric\'s "checks".'),
  z.discriminatedUnion('kind', [
    PhraseSchema,
    AgentSchema,
    AgentlessSchema,
    CommitmentSchema,
    ConcreteSchema,
    AnySchema,
    AllSchema,
    SameSentenceSchema,
    NotSchema,
    BeforeSchema,
  ]),
]).meta({ id: 'Check' });
