import * as z from 'zod';
import { lazySchema } from '../../rubric/lazy-schema.js';
import { hitFromTokens, type Hit } from '../hit.js';
import { isNegated } from '../negation.js';
import type { CheckFn } from '../context.js';
import type { CheckCompiler } from '../compiler.js';

export const negationSchema = lazySchema(() =>
  z
    .enum(['include', 'exclude', 'only'])
    .describe('What to do with negated matches ("not impacted"): keep them, drop them (default), or keep only them.'),
);

/** Where a check's token patterns come from: a named lexicon, or patterns written in place. */
export function patternSourceShape() {
  return {
    lexicon: z.string().min(1).optional().describe('Name of a lexicon of the rubric or a built-in lexicon.'),
    patterns: z.array(z.string().min(1)).min(1).optional().describe('Token patterns written in place.'),
  };
}

export const phraseSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal('phrase'),
    id: z.string().optional(),
    ...patternSourceShape(),
    negated: negationSchema().optional(),
  }),
);
export type PhraseParams = z.infer<ReturnType<typeof phraseSchema>>;

/** The token-pattern lexicon matcher: every match of the lexicon, filtered by negation. */
export function compilePhrase(params: PhraseParams, compiler: CheckCompiler, id: string): CheckFn {
  const lexicon = compiler.lexiconFor(params);
  const negated = params.negated ?? 'exclude';
  // One loop, no intermediate arrays: most lexicons have no match in a given statement.
  return (ctx) => {
    const hits: Hit[] = [];
    for (const m of ctx.lexicon(lexicon)) {
      if (negated === 'include' || isNegated(ctx.doc, m.tokenStart, m.openClass) === (negated === 'only')) hits.push(hitFromTokens(ctx.doc, m.tokenStart, m.tokenEnd, id));
    }
    return hits;
  };
}
