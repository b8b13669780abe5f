// Long work at load is done in slices, so that no task of ours holds the page's main thread for long
// and the browser paints and answers input in between: the work asks `breathe()` at its natural
// steps (a row, a rule family), which yields to the browser once the slice has run its budget.

interface Yielding {
  scheduler?: { yield?: () => Promise<void> };
}

/** Resolves in a later task: `scheduler.yield()` (Chromium) resumes ahead of other queued work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as Yielding).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A fifth of the 50 ms a task may run before browsers count it as long: a step that overruns it (one
 * cold rule family, the panel's first render) still ends the task well inside the 50 ms on a slow
 * machine. Yielding costs a fraction of a millisecond.
 */
const BUDGET_MS = 10;

export class Slices {
  private started = performance.now();
  /** Times the work yielded (tests). */
  pauses = 0;

  constructor(
    private readonly budget = BUDGET_MS,
    private readonly yieldTo: () => Promise<void> = nextTask,
  ) {}

  /** Yields if this slice has used its budget; otherwise resolves at once. */
  async breathe(): Promise<void> {
    if (performance.now() - this.started < this.budget) return;
    await this.pause();
  }

  /** Yields now and starts a new slice. */
  async pause(): Promise<void> {
    this.pauses++;
    await this.yieldTo();
    this.started = performance.now();
  }
}
