/**
 * Glob patterns for quoted arguments (`'drafts/**\/*.md'`), which no shell has expanded:
 * `*` (any characters but `/`), `**` (any folders), `?` (one character), `{a,b}`
 * (alternatives) and `[abc]` (a character class). Node 20 has no glob of its own.
 */

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** The folder to walk: the pattern's leading segments that hold no magic ("." if none). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return pattern.startsWith('/') ? '/' : '.';
  return fixed.join('/') || '/';
}

/** A matcher for paths written the way the pattern is written (same base, forward slashes). */
export function globMatcher(pattern: string): (path: string) => boolean {
  const source = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const regex = new RegExp(`^${translate(source)}$`);
  return (path) => regex.test(path.startsWith('./') ? path.slice(2) : path);
}

function translate(glob: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches everything below.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 3;
      } else {
        out += '.*';
        i += 2;
      }
      continue;
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      out += ')';
      braces--;
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else out += /[\\^$.|+()]/.test(c) ? `\\${c}` : c;
    i++;
  }
  return out + ')'.repeat(braces);
}
