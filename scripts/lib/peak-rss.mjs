#!/usr/bin/env node
/**
 * Runs a Node ESM script in this process and reports the process's peak resident memory when it
 * exits, without touching the script's stdout or stderr:
 *
 *   node scripts/lib/peak-rss.mjs <script> [args...]
 *
 * The script sees `process.argv` as if it had been started directly (`node <script> args...`).
 * On 'exit' (also after `process.exit()`), `{"maxRSS": <kB>}` is written to the file named by the
 * env var PEAK_RSS_FILE, or, without it, to file descriptor 3 when the parent opened one.
 * `maxRSS` is `process.resourceUsage().maxRSS` (kilobytes): the whole process, worker threads included.
 */
import { writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node peak-rss.mjs <script> [args...]\n');
  process.exit(2);
}
const scriptPath = resolve(script);

process.on('exit', () => {
  const report = JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }) + '\n';
  const file = process.env.PEAK_RSS_FILE;
  try {
    if (file) writeFileSync(file, report);
    else writeSync(3, report);
  } catch {
    // No file descriptor 3 and no PEAK_RSS_FILE: nowhere to report, and the script's exit must not change.
  }
});

process.argv = [process.argv[0], scriptPath, ...args];
await import(pathToFileURL(scriptPath).href);
