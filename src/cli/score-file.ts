import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { RubricError } from '../rubric/rubric-error.js';
import { StatementFileError } from '../input/statement-file.js';
import { scoreInput, type ScoredFile, type ScoreInputOptions } from './score-input.js';

export type FileOutcome = { ok: true; scored: ScoredFile } | { ok: false; file: string; message: string };

/** What every scoring thread needs to know; plain data, so it can be sent to a worker. */
export type ScoreSettings = Omit<ScoreInputOptions, 'markdown'>;

/** Plain-text files are read as they are; everything else (.md, standard input) as Markdown. */
export function isPlainText(file: string): boolean {
  return extname(file).toLowerCase() === '.txt';
}

/** Reads and scores one file; any problem with this file becomes its outcome, not an exception. */
export function scoreFile(path: string, settings: ScoreSettings): FileOutcome {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, file: path, message: readProblem(error) };
  }
  return scoreSource(path, source, settings);
}

export function scoreSource(file: string, source: string, settings: ScoreSettings): FileOutcome {
  try {
    return { ok: true, scored: scoreInput(file, source, { ...settings, markdown: !isPlainText(file) }) };
  } catch (error) {
    // What is wrong with this file (too large, its language, its front matter, the rubric): an outcome, not a crash.
    if (error instanceof RangeError || error instanceof StatementFileError || error instanceof RubricError) {
      return { ok: false, file, message: error instanceof StatementFileError ? `front matter, ${error.message}` : error.message };
    }
    throw error;
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}
