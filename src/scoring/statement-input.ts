import { checkSize, DEFAULT_MAX_BYTES } from './size-limit.js';

/**
 * What every public entry point (score, passiveVoice) checks before reading a statement: a
 * string, a supported language, within the size limit. One place, so they refuse bad input alike.
 */
export function checkStatement(entry: string, text: unknown, lang: unknown, maxBytes: number = DEFAULT_MAX_BYTES): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${entry}() expects the statement as a string, got ${describe(text)}`);
  checkSize(text, maxBytes);
  if (lang !== 'en') throw new RangeError(`${entry}(): language "${String(lang)}" is not supported yet; supported: en`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return typeof value;
  // "a Buffer" tells what went wrong (readFileSync without an encoding); "an object" would not.
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}
