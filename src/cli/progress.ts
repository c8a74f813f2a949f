/**
 * A one-line progress bar on standard error, redrawn at most every 100 ms, for a person
 * waiting on a large batch. Only on a terminal; `done()` erases it before the report prints.
 */
export class Progress {
  private shown = 0;
  private last = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  advance(count: number): void {
    this.shown += count;
    const now = performance.now();
    if (now - this.last < 100 && this.shown < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.shown / this.total) * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.shown / seconds) : 0;
    this.stream.write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.shown}/${this.total} statements, ${rate}/s`);
  }

  done(): void {
    this.stream.write('\r\x1b[2K');
  }
}
