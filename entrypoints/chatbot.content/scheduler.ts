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
  /**
   * The page's next idle period, or after `timeoutMs` at the latest (`requestIdleCallback`); optional: without it,
   * idle work waits for the next frame.
   */
  requestIdle?(callback: () => void, timeoutMs: number): number;
  cancelIdle?(id: number): void;
  now(): number;
}

/**
 * Coalesces any number of `schedule()` calls into one run, on the next animation frame or after
 * `fallbackMs` (background tabs get no frames), whichever comes first. This is the only place the
 * mutation observer's work is started: mutations just call `schedule()`.
 */
export interface FrameQueue {
  schedule(): void;
  /**
   * Like `schedule`, but in the page's next idle period (at most `IDLE_TIMEOUT_MS` later): for the first read of a
   * conversation, which then does not compete with the page's own first layout and paint.
   */
  scheduleIdle(): void;
  /** Runs pending work now (tests, teardown-safe). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** The longest an idle-time run waits for the page to be idle. */
export const IDLE_TIMEOUT_MS = 300;

export function createFrameQueue(scheduler: Scheduler, run: () => void, fallbackMs = 150): FrameQueue {
  let frameId: number | null = null;
  let timeoutId: number | null = null;
  let idleId: number | null = null;

  const clear = () => {
    if (frameId !== null) scheduler.cancelFrame(frameId);
    if (timeoutId !== null) scheduler.clearTimeout(timeoutId);
    if (idleId !== null) scheduler.cancelIdle?.(idleId);
    frameId = null;
    timeoutId = null;
    idleId = null;
  };
  const pending = () => frameId !== null || timeoutId !== null || idleId !== null;
  const fire = () => {
    clear();
    run();
  };
  const schedule = () => {
    if (frameId !== null || timeoutId !== null) return;
    // A frame is sooner than an idle period: it replaces a pending idle-time run.
    clear();
    frameId = scheduler.requestFrame(fire);
    timeoutId = scheduler.setTimeout(fire, fallbackMs);
  };

  return {
    schedule,
    scheduleIdle() {
      if (pending()) return;
      if (scheduler.requestIdle) idleId = scheduler.requestIdle(fire, IDLE_TIMEOUT_MS);
      else schedule();
    },
    flush() {
      if (!pending()) return;
      fire();
    },
    cancel: clear,
    get pending() {
      return pending();
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
