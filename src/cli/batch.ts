import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scoreFile, scoreSource, type FileOutcome, type ScoreSettings } from './score-file.js';
import { STDIN_NAME, type InputRef } from './inputs.js';

/** Below this many files one thread is faster than starting workers (each loads wink's model, about 0.1 s). */
export const WORKER_THRESHOLD = 200;
const CHUNK = 50;

export interface BatchOptions {
  settings: ScoreSettings;
  /** Worker threads to use for large batches; default: the machine's cores. */
  jobs?: number;
  /** Called as outcomes arrive, with how many. */
  onProgress?: (count: number) => void;
  /** Called once, before scoring, with the number of inputs and of worker threads used (0: this thread alone). */
  onPlan?: (inputs: number, workers: number) => void;
  /** Standard input's text, read by the caller when an input is `-`. */
  stdin?: string;
}

/** Scores every input; outcomes come back in input order. */
export async function scoreAll(inputs: readonly InputRef[], options: BatchOptions): Promise<FileOutcome[]> {
  const paths = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), Math.ceil(paths.length / CHUNK)));
  const workers = paths.length >= WORKER_THRESHOLD && jobs > 1 ? jobs : 0;
  options.onPlan?.(inputs.length, workers);
  const byPath = workers > 0 ? await inWorkers(paths, workers, options) : inThisThread(paths, options);
  return inputs.map((input) =>
    input.kind === 'stdin' ? scoreSource(STDIN_NAME, options.stdin ?? '', options.settings) : byPath.get(input.path)!,
  );
}

function inThisThread(paths: string[], options: BatchOptions): Map<string, FileOutcome> {
  const out = new Map<string, FileOutcome>();
  for (const path of paths) {
    out.set(path, scoreFile(path, options.settings));
    options.onProgress?.(1);
  }
  return out;
}

/** Hands chunks of paths to `jobs` workers, the next chunk to whichever finishes first. */
function inWorkers(paths: string[], jobs: number, options: BatchOptions): Promise<Map<string, FileOutcome>> {
  const out = new Map<string, FileOutcome>();
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += CHUNK) chunks.push(paths.slice(i, i + CHUNK));
  let next = 0;
  let pending = chunks.length;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(out);
    };
    for (let n = 0; n < jobs; n++) {
      const worker = new Worker(new URL('./cli-worker.js', import.meta.url), { workerData: options.settings });
      workers.push(worker);
      const send = () => {
        if (next < chunks.length) worker.postMessage({ id: next, paths: chunks[next++] });
      };
      worker.on('message', (reply: { id: number; outcomes: FileOutcome[] }) => {
        chunks[reply.id]!.forEach((path, k) => out.set(path, reply.outcomes[k]!));
        options.onProgress?.(reply.outcomes.length);
        if (--pending === 0) finish();
        else send();
      });
      worker.on('error', (error) => finish(error));
      send();
    }
  });
}
