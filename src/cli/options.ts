import * as z from 'zod';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/formats.js';

/**
 * Everything a run can be told, from the command line or a config file. The config file is
 * validated against this schema (unknown keys are refused, so a typo is not ignored).
 */
export const ConfigSchema = z.strictObject({
  format: z.enum(REPORT_FORMATS).optional().describe('Report format.'),
  rubric: z.string().min(1).optional().describe('A built-in rubric id or a path to a rubric JSON file (relative to the config file).'),
  lang: z.enum(['en', 'fr']).optional(),
  failUnder: z.number().min(0).max(100).optional().describe('Exit with 1 when a statement scores under this.'),
  quiet: z.boolean().optional(),
  disable: z.array(z.string().min(1)).optional().describe('Finding ids to turn off.'),
  maxBytes: z.number().int().positive().optional().describe('Largest statement scored, in UTF-8 bytes.'),
  jobs: z.number().int().min(1).max(64).optional().describe('Worker threads for large batches.'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** A run's settings: config file values overridden by command-line flags. */
export interface RunOptions {
  format: ReportFormat;
  /** Built-in id, or rubric data read from a file. */
  rubric: string | object;
  /** Where the rubric came from, for messages. */
  rubricSource: string;
  lang?: 'en' | 'fr';
  failUnder?: number;
  quiet: boolean;
  disable: string[];
  maxBytes?: number;
  jobs?: number;
  output?: string;
  color: boolean;
  progress: boolean;
  debug: boolean;
}
