/**
 * The text the scorer reads, cut from a source file (front matter and Markdown markup left
 * out, paragraph breaks added), with the map back to the file, so that every reported
 * offset points into the file as written.
 */
export class PlainText {
  /**
   * @param text what the scorer reads
   * @param sourceIndex for each character of `text`, its index in the source; an added
   *   character maps to the index of the source character it was added before
   * @param sourceLength length of the source
   */
  constructor(
    readonly text: string,
    private readonly sourceIndex: Int32Array,
    private readonly sourceLength: number,
  ) {}

  /** Source offset of a span start in `text`. */
  toSource(start: number): number {
    return start < this.text.length ? this.sourceIndex[start]! : this.sourceLength;
  }

  /** Source offset of a span end (exclusive) in `text`: just past its last character. */
  toSourceEnd(end: number): number {
    return end <= 0 ? this.toSource(0) : this.sourceIndex[end - 1]! + 1;
  }

  /** The first offset of `text` whose character comes from `offset` of the source or later. */
  fromSource(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sourceIndex[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The source itself, from `from` on (a plain-text file after its front matter). */
  static slice(source: string, from: number): PlainText {
    const map = new Int32Array(source.length - from);
    for (let i = 0; i < map.length; i++) map[i] = from + i;
    return new PlainText(source.slice(from), map, source.length);
  }
}

/** Builds a PlainText from kept source characters and added breaks. */
export class PlainTextBuilder {
  private readonly parts: string[] = [];
  private map: Int32Array;
  private length = 0;

  constructor(private readonly source: string) {
    this.map = new Int32Array(Math.max(16, source.length + 16));
  }

  keep(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    this.reserve(to - from);
    for (let i = from; i < to; i++) this.map[this.length++] = i;
  }

  /** Adds `text` (whitespace only: a token must never hold an added character) before source offset `at`. */
  add(text: string, at: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.map[this.length++] = at;
  }

  build(): PlainText {
    return new PlainText(this.parts.join(''), this.map.subarray(0, this.length), this.source.length);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n));
    grown.set(this.map.subarray(0, this.length));
    this.map = grown;
  }
}
