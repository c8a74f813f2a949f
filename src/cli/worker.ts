import { parentPort, workerData } from 'node:worker_threads';
import { scoreFile, type ScoreSettings } from './score-file.js';

/**
 * A scoring thread for large batches: it compiles the rubric once, then scores the chunks of
 * paths the main thread sends, reading each file itself.
 */
const settings = workerData as ScoreSettings;

parentPort!.on('message', (chunk: { id: number; paths: string[] }) => {
  const outcomes = chunk.paths.map((path) => {
    try {
      return scoreFile(path, settings);
    } catch (error) {
      // A bug, not a bad file: report it against the file rather than kill the batch.
      return { ok: false as const, file: path, message: `internal error: ${(error as Error).stack ?? String(error)}` };
    }
  });
  parentPort!.postMessage({ id: chunk.id, outcomes });
});
