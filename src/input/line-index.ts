/** 1-based line and column of a UTF-16 offset, as editors, SARIF and linters count them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Line starts of a text, found once, so that every offset of a report maps to line:column by
 * binary search instead of a rescan of the text. `\n`, `\r\n` and a lone `\r` end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Position of `offset` (clamped to the text). Columns count UTF-16 code units from 1. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }

  /** Offset where 1-based `line` starts, or the text's length past the last line. */
  lineStart(line: number): number {
    return line - 1 < this.starts.length ? this.starts[Math.max(0, line - 1)]! : this.text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
