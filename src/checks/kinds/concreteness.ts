import * as z from 'zod';
import { lazySchema } from '../../rubric/lazy-schema.js';
import { hitFromTokens, type Hit } from '../hit.js';
import type { CheckFn } from '../context.js';
import type { CheckCompiler } from '../compiler.js';

export const concreteSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal('concrete'),
    id: z.string().optional(),
    lexicon: z.string().min(1).optional().describe('Lexicon of specifics: named mechanisms, actions, dates, durations.'),
    markers: z
      .array(z.enum(['number', 'clock-time']))
      .optional()
      .describe('Token shapes that make a claim specific: a number ("8.5 million", "24 hours"), a clock time ("17:57"). Default: both.'),
  }),
);
export type ConcreteParams = z.infer<ReturnType<typeof concreteSchema>>;

const DIGITS = /\d/;
const CLOCK = /^\d{1,2}[:.]\d{2}(am|pm)?$|^\d{1,2}(am|pm)$/i;
/** "one" is mostly a pronoun ("one of the inputs"), not a quantity. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const NOT_QUANTITIES = new Set(['one']);

/**
 * Concreteness: what makes a claim checkable. "We restored service at 17:57 UTC" is
 * specific; "we are taking steps" is not. Hits are the specifics themselves.
 */
export function compileConcrete(params: ConcreteParams, compiler: CheckCompiler, id: string): CheckFn {
  const lexicon = params.lexicon ? compiler.lexiconFor({ lexicon: params.lexicon }) : null;
  const markers = new Set(params.markers ?? ['number', 'clock-time']);
  const clocks = markers.has('clock-time');
  const numbers = markers.has('number');
  return (ctx) => {
    const { doc } = ctx;
    const hits: Hit[] = lexicon ? ctx.lexicon(lexicon).map((m) => hitFromTokens(doc, m.tokenStart, m.tokenEnd, id)) : [];
    for (const token of doc.tokens) {
      // Every clock time starts with a digit: the test runs on few tokens.
      const clock = clocks && isDigit(token.lower.charCodeAt(0)) && CLOCK.test(token.lower);
      const number = numbers && token.pos === 'NUM' && (DIGITS.test(token.lower) || !NOT_QUANTITIES.has(token.lower));
      if (clock || number) hits.push(hitFromTokens(doc, token.i, token.i + 1, id));
    }
    return hits;
  };
}
