// The batch progress line on stderr, drawn only when stderr is a terminal so that
// logs and pipes never receive carriage-return noise.

const REDRAW_INTERVAL_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export class ProgressBar {
  private done = 0;
  private failed = 0;
  private bytesDone = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  /** `totalBytes` is known when stdin is a regular file; then the bar shows a percentage. */
  constructor(private readonly stream: ProgressStream, private readonly totalBytes: number | null) {}

  /** Input that holds no task (a blank line) still counts towards the percentage. */
  skipped(bytes: number): void {
    this.bytesDone += bytes;
  }

  /** `bytes`: the task's input line, so the percentage follows finished work, not reading. */
  taskDone(ok: boolean, bytes: number): void {
    this.bytesDone += bytes;
    this.done += 1;
    if (!ok) this.failed += 1;
    const now = Date.now();
    if (now - this.lastDraw >= REDRAW_INTERVAL_MS) this.draw(now);
  }

  finish(): void {
    this.draw(Date.now());
    this.stream.write('\n');
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const counts = `${this.done} done, ${this.failed} failed, ${Math.round(this.done / seconds)} tasks/s`;
    let line = `etpy batch  ${counts}`;
    if (this.totalBytes !== null && this.totalBytes > 0) {
      const fraction = Math.min(this.bytesDone / this.totalBytes, 1);
      const filled = Math.round(fraction * BAR_WIDTH);
      line = `etpy batch [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}%  ${counts}`;
    }
    // A terminal that reports no size (columns 0) gets a conventional width.
    const width = this.stream.columns || 80;
    // \x1b[K clears what a longer previous line left behind.
    this.stream.write(`\r${line.slice(0, Math.max(width - 1, 0))}\x1b[K`);
  }
}
