// Long reads run in slices: between slices the page gets the main thread back (to paint the progress
// bar and take clicks) and the caller hears how far the read is. A slice is a fixed amount of input
// (a few milliseconds of work), so a given file yields at the same points on every machine.

export type Progress = (fraction: number) => void;

/** One macrotask: a MessageChannel round trip is not clamped to 4 ms as nested timeouts are. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class Work {
  private sliceEnd: number;
  private reported = -1;

  constructor(
    private readonly onProgress: Progress | undefined,
    /** Units of work in the whole read (bytes or characters). */
    private total: number,
    /** Units between two yields. */
    private readonly slice: number,
  ) {
    this.sliceEnd = slice;
  }

  /** True when `done` units end the current slice: call `step` at the next convenient point. */
  due(done: number): boolean {
    return done >= this.sliceEnd;
  }

  /** Reports `done` of `total` and yields to the page if the slice is over. */
  async step(done: number): Promise<void> {
    if (!this.due(done)) return;
    this.report(done);
    await nextTask();
    this.sliceEnd = done + this.slice;
  }

  /** The read turned out to be this large (once a file's directory says which parts it will read). */
  resize(total: number): void {
    this.total = total;
  }

  report(done: number): void {
    const fraction = this.total > 0 ? Math.min(1, done / this.total) : 1;
    // Whole percents: a bar does not need more, and the page need not re-render more often.
    const percent = Math.floor(fraction * 100);
    if (percent === this.reported) return;
    this.reported = percent;
    this.onProgress?.(percent / 100);
  }
}
