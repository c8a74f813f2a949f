import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { zodProblems } from '../rubric/rubric-error.js';
import { ConfigSchema, type Config } from './options.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE = '.apologyscorerc.json';
export const PACKAGE_KEY = 'apology-score';

export interface LoadedConfig {
  config: Config;
  /** The file it came from; relative rubric paths are read from its folder. */
  path: string;
}

/**
 * The first config found from `cwd` up to the root: a `.apologyscorerc.json`, or a
 * package.json with an `apology-score` key (the rc file wins in the same folder), as
 * ESLint and Prettier users expect.
 */
export function findConfig(cwd: string): LoadedConfig | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const rc = join(dir, CONFIG_FILE);
    if (existsSync(rc)) return loadConfig(rc);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const data = readJson(pkg) as Record<string, unknown> | undefined;
      if (data && typeof data === 'object' && PACKAGE_KEY in data) return { config: validate(data[PACKAGE_KEY], `${pkg} ("${PACKAGE_KEY}" key)`), path: pkg };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file (`--config <file>`). */
export function loadConfig(path: string): LoadedConfig {
  if (!existsSync(path)) throw new UsageError(`config file ${path} not found`);
  return { config: validate(readJson(path), path), path };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function validate(data: unknown, where: string): Config {
  const result = ConfigSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = zodProblems(result.error).map((p) => `  - ${p.path || '(root)'}: ${p.message}`);
  throw new UsageError(`invalid config in ${where}:\n${problems.join('\n')}`);
}
