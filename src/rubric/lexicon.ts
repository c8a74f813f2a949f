import * as z from 'zod';

/** One entry: a token pattern, with an optional note of where it comes from or why. */
export const LexiconEntrySchema = z.union([
  z.string().min(1),
  z.strictObject({ pattern: z.string().min(1), note: z.string().optional() }),
]);

export const LexiconSchema = z.strictObject({
  description: z.string().optional(),
  source: z.string().optional().describe('Where the entries come from (guide section, paper, peer tool).'),
  entries: z.array(LexiconEntrySchema).min(1),
});

export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;

export function entryPattern(entry: LexiconEntry): string {
  return typeof entry === 'string' ? entry : entry.pattern;
}
