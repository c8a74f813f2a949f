/** 1 MiB: a long post-mortem is about 30 KB; a megabyte is a paste gone wrong, not a statement. */
export const DEFAULT_MAX_BYTES = 1_048_576;

/** A statement over the size limit. `size` and `limit` are UTF-8 bytes. */
export class StatementTooLargeError extends RangeError {
  readonly size: number;
  readonly limit: number;
  constructor(size: number, limit: number) {
    super(`The statement is ${size.toLocaleString('en-US')} bytes (UTF-8); the limit is ${limit.toLocaleString('en-US')} bytes. Pass a larger maxBytes (CLI: --max-bytes) to score it anyway.`);
    this.name = 'StatementTooLargeError';
    this.size = size;
    this.limit = limit;
  }
}

/** Throws a StatementTooLargeError when `text` is longer than `limit` UTF-8 bytes. */
export function checkSize(text: string, limit: number): void {
  if (!(limit >= 0)) throw new RangeError(`maxBytes must be a number >= 0, got ${String(limit)}`);
  // Each UTF-16 code unit is 1 to 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length * 3 <= limit) return;
  const size = utf8Length(text);
  if (size > limit) throw new StatementTooLargeError(size, limit);
}

/** UTF-8 length without encoding the string (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
