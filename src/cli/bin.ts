#!/usr/bin/env node
import { main } from './main.js';

// The exit code is set, not forced, so that reports written to a pipe are flushed first.
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
