import * as z from 'zod';
import { lazySchema } from '../../rubric/lazy-schema.js';
import { hitFromTokens, uniqueHits } from '../hit.js';
import { isNegated } from '../negation.js';
import { speakerSubject } from '../subject.js';
import { negationSchema, patternSourceShape } from './phrase.js';
import type { CheckFn } from '../context.js';
import type { CheckCompiler } from '../compiler.js';

const MODALS = new Set(['will', "'ll", 'would', "'d", 'should', 'could', 'may', 'might', 'must', 'shall', 'to', 'can']);

export const agentSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal('agent'),
    id: z.string().optional(),
    ...patternSourceShape(),
    subjects: z
      .array(z.enum(['pronoun', 'possessive', 'org']))
      .min(1)
      .optional()
      .describe('Who must be the subject: "we"/"I" (pronoun), "our change" (possessive), the organization by name (org). Default: all three.'),
    realis: z.boolean().optional().describe('Only what was or is being done: drop predicates under a modal or "to" ("we will restore").'),
    negated: negationSchema().optional(),
  }),
);
export type AgentParams = z.infer<ReturnType<typeof agentSchema>>;

/**
 * Agent and voice: a predicate from the lexicon ("made a mistake", "failed to test") whose
 * subject is the speaker. The hit spans subject through predicate.
 */
export function compileAgent(params: AgentParams, compiler: CheckCompiler, id: string): CheckFn {
  const lexicon = compiler.lexiconFor(params);
  const subjects = new Set(params.subjects ?? ['pronoun', 'possessive', 'org']);
  const negated = params.negated ?? 'exclude';
  return (ctx) => {
    const { doc } = ctx;
    const hits = [];
    for (const m of ctx.lexicon(lexicon)) {
      const subject = speakerSubject(doc, m.tokenStart);
      if (!subject || !subjects.has(subject.kind)) continue;
      if (negated !== 'include' && isNegated(doc, m.tokenStart, m.openClass) !== (negated === 'only')) continue;
      if (params.realis && hasModal(doc.tokens, subject.tokenEnd, m.tokenStart)) continue;
      hits.push(hitFromTokens(doc, subject.tokenStart, m.tokenEnd, id));
    }
    // Two matches of one predicate ("deeply sorry", "sorry") give the same subject span.
    return uniqueHits(hits);
  };
}

function hasModal(tokens: { lower: string }[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (MODALS.has(tokens[t]!.lower)) return true;
  return false;
}
