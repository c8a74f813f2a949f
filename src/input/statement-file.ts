/**
 * Reads a statement file: an optional `---` front matter of flat `key: value` lines, then the
 * statement itself. It exists so that the bundled examples, the corpus fixtures and the CLI can keep
 * a quote together with its author, date and source, while the scorer sees only the statement, and
 * so that offsets found in the body can be mapped back to the file (`bodyOffset + start`).
 *
 * Only the subset of YAML our statement files use is read; no YAML library is needed:
 *
 * - The file must start with a line `---` (an optional byte-order mark before it and trailing
 *   spaces or tabs on the fence lines are allowed) and the front matter ends at the next `---` line.
 *   Without both fences there is no front matter: `{ meta: {}, body: source, bodyOffset: 0 }`.
 * - Between the fences, each line is `key: value`. The key is a word (`[A-Za-z_][A-Za-z0-9_-]*`),
 *   the value is the rest of the line after the first `:` and the spaces that follow it; it may hold
 *   more colons, URLs and quotes. Blank lines and `# comment` lines are skipped. As in YAML, ` #`
 *   starts a comment after a plain value.
 * - A value wholly wrapped in `"..."` or `'...'` is unquoted: in double quotes `\"`, `\\`, `\n`,
 *   `\t` are unescaped; in single quotes `''` stands for `'`. A value that only starts with a quote
 *   (`'a' and 'b'`) is kept as written.
 * - A later duplicate key replaces an earlier one. Any other line (nesting, lists, a key without a
 *   colon) throws a {@link StatementFileError} with its line number: a front matter the reader can't
 *   read must not leak into the text being scored, nor be dropped in silence.
 * - The body is exactly `source.slice(bodyOffset)`: only the line break after the closing fence is
 *   skipped; blank lines and trailing newlines of the body are kept, so offsets stay exact.
 *   `\n` and `\r\n` line breaks are both read.
 */

export interface StatementFile {
  /** Front-matter fields, values unquoted. Empty when the file has no front matter. */
  meta: Record<string, string>;
  /** The statement: `source.slice(bodyOffset)`. */
  body: string;
  /** UTF-16 index in `source` where the body starts. */
  bodyOffset: number;
}

/** A front matter this reader can't read. `line` is 1-based, counted in the whole file. */
export class StatementFileError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'StatementFileError';
    this.line = line;
  }
}

interface Line {
  /** The line without its line break (and without a `\r` before `\n`). */
  text: string;
  /** Index just past the line's line break (or the end of the source). */
  next: number;
}

function readLine(source: string, from: number): Line {
  const nl = source.indexOf('\n', from);
  if (nl === -1) return { text: source.slice(from), next: source.length };
  const end = nl > from && source.charCodeAt(nl - 1) === 13 /* \r */ ? nl - 1 : nl;
  return { text: source.slice(from, end), next: nl + 1 };
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;

export function parseStatementFile(source: string): StatementFile {
  const none: StatementFile = { meta: {}, body: source, bodyOffset: 0 };
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = readLine(source, start);
  if (!FENCE.test(open.text)) return none;

  // Find the closing fence first: without one, the leading `---` is not a front matter.
  const lines: Array<{ text: string; number: number }> = [];
  let at = open.next;
  let number = 2;
  let closeNext = -1;
  while (at < source.length) {
    const line = readLine(source, at);
    if (FENCE.test(line.text)) {
      closeNext = line.next;
      break;
    }
    lines.push({ text: line.text, number });
    at = line.next;
    number += 1;
  }
  if (closeNext === -1) return none;

  const meta: Record<string, string> = {};
  for (const { text, number: n } of lines) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = KEY_VALUE.exec(text);
    if (!match) {
      throw new StatementFileError(
        `front matter lines must be flat \`key: value\` pairs, got ${JSON.stringify(text)}`,
        n,
      );
    }
    const key = match[1] as string;
    meta[key] = readValue(match[2] ?? '');
  }
  return { meta, body: source.slice(closeNext), bodyOffset: closeNext };
}

/** A value as written after `key: `: unquote a wholly quoted value, else drop a ` #` comment. */
function readValue(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const quoted = readQuoted(value, quote);
    if (quoted !== undefined) return quoted;
    return value;
  }
  const comment = /[ \t]#/.exec(value);
  return comment ? value.slice(0, comment.index).trimEnd() : value;
}

/**
 * The content of a quoted scalar that makes up the whole value (a ` # comment` may follow),
 * or undefined when the value is not one quoted scalar.
 */
function readQuoted(value: string, quote: '"' | "'"): string | undefined {
  let out = '';
  let i = 1;
  while (i < value.length) {
    const c = value[i] as string;
    if (quote === "'" && c === "'") {
      if (value[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return /^(?:[ \t]+#.*)?[ \t]*$/.test(value.slice(i + 1)) ? out : undefined;
    }
    if (quote === '"' && c === '\\' && i + 1 < value.length) {
      const e = value[i + 1] as string;
      out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
      i += 2;
      continue;
    }
    if (quote === '"' && c === '"') {
      return /^(?:[ \t]+#.*)?[ \t]*$/.test(value.slice(i + 1)) ? out : undefined;
    }
    out += c;
    i += 1;
  }
  return undefined;
}
