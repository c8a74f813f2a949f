import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/formats.js';
import { REPORTERS } from '../reporters/index.js';
import type { ScoredInput } from '../reporters/report-input.js';
import { BUILTIN_RUBRICS } from '../rubric/builtin-rubrics.js';
import { resolveRubric } from '../rubric/load.js';
import { RubricError } from '../rubric/rubric-error.js';
import { scoreAll } from './batch.js';
import { compareDrafts, compareMarkdown, compareText } from './compare.js';
import { findConfig, loadConfig } from './config-file.js';
import { resolveInputs, STDIN_NAME, type InputRef } from './inputs.js';
import type { RunOptions } from './options.js';
import { Progress } from './progress.js';
import type { FileOutcome } from './score-file.js';
import { withLines } from './score-input.js';
import { UsageError } from './usage-error.js';
import { HELP, VERSION } from './help.js';

/** Exit codes, as ESLint and textlint use them. */
export const EXIT = { ok: 0, failUnder: 1, error: 2 } as const;

const FLAGS = {
  format: { type: 'string', short: 'f' },
  rubric: { type: 'string', short: 'r' },
  lang: { type: 'string', short: 'l' },
  'fail-under': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  output: { type: 'string', short: 'o' },
  disable: { type: 'string', multiple: true },
  'max-bytes': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'list-rubrics': { type: 'boolean' },
  'print-rubric': { type: 'string' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>['values'];

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

/** Runs the command; returns its exit code. Never throws for a user's mistake. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parse(argv);
    debug = values.debug === true;
    if (values.help) return write(io.stdout, HELP);
    if (values.version) return write(io.stdout, `${VERSION}\n`);
    if (values['list-rubrics']) return write(io.stdout, listRubrics());
    if (values['print-rubric'] !== undefined) return write(io.stdout, printRubric(values['print-rubric']));

    const compare = positionals[0] === 'compare';
    const args = compare ? positionals.slice(1) : positionals;
    const options = runOptions(values, io);
    if (compare && (args.length < 2 || args.includes('-'))) throw new UsageError('compare needs two or more draft files: apology-score compare draft-1.md draft-2.md');
    if (compare && !['text', 'json', 'markdown'].includes(options.format)) throw new UsageError(`compare writes text, json or markdown, not ${options.format}`);

    const { inputs, problems } = resolveInputs(args.length > 0 ? args : ['-']);
    if (args.length === 0 && io.stdin.isTTY) throw new UsageError('no statement given: name files or folders, or pipe a statement in (apology-score --help)');
    for (const p of problems) io.stderr.write(`apology-score: ${p.arg}: ${p.message}\n`);

    const stdin = inputs.some((i) => i.kind === 'stdin') ? await readAll(io.stdin) : undefined;
    const progress = options.progress && inputs.length > 1 ? new Progress(inputs.length, io.stderr) : undefined;
    const outcomes = await scoreAll(inputs, {
      settings: { rubric: options.rubric, lang: options.lang, disable: options.disable, maxBytes: options.maxBytes },
      jobs: options.jobs,
      stdin,
      onProgress: progress ? (n) => progress.advance(n) : undefined,
      onPlan: options.debug ? (count, workers) => io.stderr.write(`apology-score: ${count} ${count === 1 ? 'input' : 'inputs'}, ${workers > 0 ? `${workers} worker threads` : 'no worker threads'}\n`) : undefined,
    });
    progress?.done();

    const scored = report(outcomes, inputs, io);
    const failed = problems.length > 0 || scored.length < outcomes.length;
    if (scored.length > 0) {
      const rubric = resolveRubric(options.rubric).rubric;
      const output = compare
        ? renderComparison(scored, options)
        : REPORTERS[options.format](scored, { color: options.color, quiet: options.quiet, rubric, failUnder: options.failUnder, version: VERSION });
      if (options.output) writeFileSync(options.output, output);
      else io.stdout.write(output);
    }
    if (failed) return EXIT.error;
    const under = options.failUnder;
    return !compare && under !== undefined && scored.some((s) => s.verdict.score < under) ? EXIT.failUnder : EXIT.ok;
  } catch (error) {
    io.stderr.write(`apology-score: ${describeError(error, debug)}\n`);
    return EXIT.error;
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}. Run apology-score --help.`);
  }
}

/** Config file values, then flags over them; every value checked before any file is read. */
function runOptions(values: Values, io: Io): RunOptions {
  const loaded = values['no-config'] ? undefined : values.config ? loadConfig(resolve(io.cwd, values.config)) : findConfig(io.cwd);
  const config = loaded?.config ?? {};
  const format = (values.format ?? config.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  const lang = values.lang ?? config.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'fr') throw new UsageError(`--lang must be en or fr, not "${lang}"`);
  if (lang === 'fr') throw new UsageError('--lang fr: French statements can not be scored yet; supported: en');
  const failUnder = values['fail-under'] !== undefined ? number('--fail-under', values['fail-under'], 0, 100) : config.failUnder;
  const maxBytes = values['max-bytes'] !== undefined ? number('--max-bytes', values['max-bytes'], 1, Number.MAX_SAFE_INTEGER) : config.maxBytes;
  const jobs = values.jobs !== undefined ? number('--jobs', values.jobs, 1, 64) : config.jobs;
  const rubricArg = values.rubric ?? config.rubric;
  const rubricBase = values.rubric !== undefined || !loaded ? io.cwd : dirname(loaded.path);
  const { rubric, source } = loadRubricOption(rubricArg, rubricBase);
  const known = resolveRubric(rubric).rubric.antiPatterns.map((a) => a.id);
  const disable = [...(config.disable ?? []), ...(values.disable ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean)];
  const unknown = disable.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new UsageError(`--disable: unknown finding id ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${known.join(', ')}`);
  const toFile = values.output !== undefined;
  return {
    format,
    rubric,
    rubricSource: source,
    lang,
    failUnder,
    quiet: values.quiet ?? config.quiet ?? false,
    disable,
    maxBytes,
    jobs,
    output: values.output === undefined ? undefined : resolve(io.cwd, values.output),
    color: useColor(values, io.env, !toFile && io.stdout.isTTY === true),
    progress: values['no-progress'] ? false : (values.progress ?? io.stderr.isTTY === true),
    debug: values.debug ?? false,
  };
}

function number(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) throw new UsageError(`${flag} must be a number from ${min} to ${max}, not "${raw}"`);
  return value;
}

/** A built-in id, or a rubric JSON file read and validated now (a RubricError names the field). */
function loadRubricOption(arg: string | undefined, base: string): { rubric: string | object; source: string } {
  if (arg === undefined) return { rubric: 'five-step', source: 'five-step' };
  if (arg in BUILTIN_RUBRICS) return { rubric: arg, source: arg };
  const path = resolve(base, arg);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--rubric ${arg}: not a built-in rubric (${Object.keys(BUILTIN_RUBRICS).join(', ')}) and no such file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--rubric ${arg}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null) throw new UsageError(`--rubric ${arg}: a rubric file holds a JSON object, not ${data === null ? 'null' : typeof data}`);
  resolveRubric(data, arg); // validated and compiled once; a RubricError names the file and every field path
  return { rubric: data as object, source: arg };
}

/** --color/--no-color, then FORCE_COLOR, then NO_COLOR (https://no-color.org), then whether stdout is a terminal. */
function useColor(values: Values, env: NodeJS.ProcessEnv, tty: boolean): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return tty;
}

/** Names each file that could not be scored on standard error; returns the scored ones. */
function report(outcomes: FileOutcome[], inputs: readonly InputRef[], io: Io): ScoredInput[] {
  const scored: ScoredInput[] = [];
  outcomes.forEach((outcome, n) => {
    const name = inputs[n]!.kind === 'stdin' ? STDIN_NAME : outcome.ok ? outcome.scored.file : outcome.file;
    if (!outcome.ok) {
      io.stderr.write(`apology-score: ${name}: ${outcome.message}\n`);
      return;
    }
    const input = withLines(outcome.scored);
    for (const notice of input.notices) {
      const { line, column } = input.lines.position(notice.offset);
      io.stderr.write(`apology-score: ${name}:${line}:${column}: ${notice.message}\n`);
    }
    scored.push(input);
  });
  return scored;
}

function renderComparison(scored: ScoredInput[], options: RunOptions): string {
  const comparison = compareDrafts(scored);
  if (options.format === 'json') return `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.format === 'markdown') return compareMarkdown(comparison);
  return compareText(comparison, options.color);
}

function listRubrics(): string {
  return `${Object.keys(BUILTIN_RUBRICS)
    .map((id) => {
      const r = resolveRubric(id).rubric;
      return `${id}  ${r.title} (${r.lang}; steps: ${r.steps.map((s) => s.id).join(', ')})`;
    })
    .join('\n')}\n`;
}

function printRubric(id: string): string {
  const data = BUILTIN_RUBRICS[id];
  if (data === undefined) throw new UsageError(`--print-rubric: unknown rubric "${id}"; built-in rubrics: ${Object.keys(BUILTIN_RUBRICS).join(', ')}`);
  return `${JSON.stringify(data, null, 2)}\n`;
}

function readAll(stream: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function write(stream: NodeJS.WriteStream, text: string): number {
  stream.write(text);
  return EXIT.ok;
}

/** One readable message; the stack only with --debug or for what is a bug, not a mistake. */
function describeError(error: unknown, debug: boolean): string {
  if (error instanceof UsageError || error instanceof RubricError) return debug ? (error.stack ?? error.message) : error.message;
  const e = error as Error;
  if ((e as NodeJS.ErrnoException)?.code && !debug) return e.message;
  return debug ? (e?.stack ?? String(error)) : `${e?.message ?? String(error)} (run with --debug for details)`;
}
