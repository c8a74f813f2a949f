import * as z from 'zod';
import { lazySchema } from './lazy-schema.js';

/** One entry: a token pattern, with an optional note of where it comes from or why. */
const lexiconEntrySchema = lazySchema(() =>
  z.union([z.string().min(1), z.strictObject({ pattern: z.string().min(1), note: z.string().optional() })]),
);

export const lexiconSchema = lazySchema(() =>
  z.strictObject({
    description: z.string().optional(),
    source: z.string().optional().describe('Where the entries come from (guide section, paper, peer tool).'),
    entries: z.array(lexiconEntrySchema()).min(1),
  }),
);

export type LexiconEntry = z.infer<ReturnType<typeof lexiconEntrySchema>>;
export type Lexicon = z.infer<ReturnType<typeof lexiconSchema>>;

export function entryPattern(entry: LexiconEntry): string {
  return typeof entry === 'string' ? entry : entry.pattern;
}
