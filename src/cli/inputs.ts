import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { globBase, globMatcher, isGlob } from './glob.js';

/** Extensions read when a folder is given: Markdown and plain text. */
export const STATEMENT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

/** What to score: a file path, or standard input. */
export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface InputProblem {
  /** The argument as given. */
  arg: string;
  message: string;
}

export interface ResolvedInputs {
  inputs: InputRef[];
  problems: InputProblem[];
}

export const STDIN_NAME = '<stdin>';

/**
 * Turns arguments into inputs: `-` is standard input, a folder gives its statement files
 * (recursively, sorted, skipping dot-folders and node_modules), a glob gives the files it
 * matches, anything else is a file. A missing file or an empty match is a problem for that
 * argument only; the others are still scored. A file named twice is scored once.
 */
export function resolveInputs(args: readonly string[]): ResolvedInputs {
  const inputs: InputRef[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  // The same file spelled two ways ("./d/a.md", "d/a.md") is one input, shown as first named.
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has(STDIN_NAME)) inputs.push({ kind: 'stdin' });
      seen.add(STDIN_NAME);
      continue;
    }
    const stat = statOf(arg);
    if (stat?.isDirectory()) {
      const files = walk(arg).filter((f) => STATEMENT_EXTENSIONS.includes(extname(f).toLowerCase()));
      if (files.length === 0) problems.push({ arg, message: `no statement files (${STATEMENT_EXTENSIONS.join(', ')}) in this folder` });
      files.forEach(add);
    } else if (stat) {
      add(arg);
    } else if (isGlob(arg)) {
      const matches = globMatcher(arg);
      const base = globBase(arg);
      const files = statOf(base)?.isDirectory() ? walk(base).filter(matches) : [];
      if (files.length === 0) problems.push({ arg, message: 'no files match this pattern' });
      files.forEach(add);
    } else {
      problems.push({ arg, message: 'no such file or folder' });
    }
  }
  return { inputs, problems };
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Files under `dir`, sorted, paths joined onto `dir` as given. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = current === '.' ? entry.name : join(current, entry.name).split('\\').join('/');
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) out.push(path);
    }
  }
  return out.sort();
}
