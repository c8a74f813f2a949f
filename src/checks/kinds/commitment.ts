import * as z from 'zod';
import { lazySchema } from '../../rubric/lazy-schema.js';
import { byPosition, hitFromTokens, type Hit } from '../hit.js';
import { speakerSubject } from '../subject.js';
import { isClauseBreak } from '../clause.js';
import type { CheckFn } from '../context.js';
import type { CheckCompiler } from '../compiler.js';

export const commitmentSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal('commitment'),
    id: z.string().optional(),
    frames: z
      .string()
      .min(1)
      .optional()
      .describe('Lexicon of commitment frames ("will", "are committed to", "my commitment to"). Default: the built-in "commitment-frames".'),
    markers: z
      .string()
      .min(1)
      .optional()
      .describe('Lexicon of time markers that commit without a modal or a subject ("from now on", "starting today"). Default: the built-in "forward-markers".'),
  }),
);
export type CommitmentParams = z.infer<ReturnType<typeof commitmentSchema>>;

const SPEAKER_WORDS = new Set(['we', 'i', 'our', 'my', 'us']);
/** A commitment's scope runs to the end of its clause, at most this many tokens. */
const SCOPE = 25;

/**
 * Future commitment by the speaker: "we will stage deployments", "you have my commitment
 * to ...", "we are determined to prevent ...". The hit spans the clause the commitment
 * governs, so that a concreteness check in the same sentence reads what was promised.
 */
export function compileCommitment(params: CommitmentParams, compiler: CheckCompiler, id: string): CheckFn {
  const lexicon = compiler.lexiconFor({ lexicon: params.frames ?? 'commitment-frames' }, 'frames');
  const markers = compiler.lexiconFor({ lexicon: params.markers ?? 'forward-markers' }, 'markers');
  return (ctx) => {
    const { doc } = ctx;
    const { tokens } = doc;
    const hits: Hit[] = [];
    const forward = new Set(ctx.lexicon(markers).map((m) => m.tokenStart));
    for (const m of [...ctx.lexicon(lexicon), ...ctx.lexicon(markers)]) {
      let start = m.tokenStart;
      let selfNamed = forward.has(m.tokenStart);
      for (let t = m.tokenStart; t < m.tokenEnd; t++) if (SPEAKER_WORDS.has(tokens[t]!.lower)) selfNamed = true;
      if (!selfNamed) {
        const subject = speakerSubject(doc, m.tokenStart);
        if (!subject) continue;
        start = subject.tokenStart;
      }
      const sentenceEnd = doc.sentences[tokens[m.tokenStart]!.sentence]!.tokenEnd;
      let end = m.tokenEnd;
      while (end < sentenceEnd && end - m.tokenEnd < SCOPE && !(tokens[end]!.pos === 'PUNCT' && isClauseBreak(tokens[end]!))) end++;
      hits.push(hitFromTokens(doc, start, end, id));
    }
    return hits.sort(byPosition);
  };
}
