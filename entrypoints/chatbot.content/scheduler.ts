/**
 * Timers the orchestrator uses, injected so tests drive them and so the content script can route them
 * through WXT's ContentScriptContext (which cancels them when the extension is reloaded or updated).
 */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Next animation frame (never fires in a hidden tab: pair it with a timeout). */
  requestFrame(callback: () => void): number;
  cancelFrame(id: number): void;
  now(): number;
}

/**
 * Coalesces any number of `schedule()` calls into one run, on the next animation frame or after
 * `fallbackMs` (background tabs get no frames), whichever comes first. This is the only place the
 * mutation observer's work is started: mutations just call `schedule()`.
 */
export interface FrameQueue {
  schedule(): void;
  /** Runs pending work now (tests, teardown-safe). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function createFrameQueue(scheduler: Scheduler, run: () => void, fallbackMs = 150): FrameQueue {
  let frameId: number | null = null;
  let timeoutId: number | null = null;

  const clear = () => {
    if (frameId !== null) scheduler.cancelFrame(frameId);
    if (timeoutId !== null) scheduler.clearTimeout(timeoutId);
    frameId = null;
    timeoutId = null;
  };
  const fire = () => {
    clear();
    run();
  };

  return {
    schedule() {
      if (frameId !== null || timeoutId !== null) return;
      frameId = scheduler.requestFrame(fire);
      timeoutId = scheduler.setTimeout(fire, fallbackMs);
    },
    flush() {
      if (frameId === null && timeoutId === null) return;
      fire();
    },
    cancel: clear,
    get pending() {
      return frameId !== null || timeoutId !== null;
    },
  };
}

/** Calls `run` once `ms` after the last `trigger()` (the composer's typing pause). */
export function createDebounce(scheduler: Scheduler, run: () => void, ms: number): { trigger(): void; cancel(): void } {
  let id: number | null = null;
  return {
    trigger() {
      if (id !== null) scheduler.clearTimeout(id);
      id = scheduler.setTimeout(() => {
        id = null;
        run();
      }, ms);
    },
    cancel() {
      if (id !== null) scheduler.clearTimeout(id);
      id = null;
    },
  };
}
