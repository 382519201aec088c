/**
 * bench:page reports the content script's passes in thread CPU time read from a trace: the clock must follow
 * the thread's own time (not the wall clock) and map page milliseconds onto trace microseconds.
 */
import { describe, expect, it } from 'vitest';
import { threadClock, type TraceEvent } from '../../../scripts/thread-clock';

const MAIN = { pid: 1, tid: 7 };
/** The page's timeline starts at trace time 1 000 000 µs. */
const ORIGIN_US = 1_000_000;

function task(startMs: number, wallMs: number, threadStartMs: number, threadMs: number, tid = MAIN.tid): TraceEvent {
  return {
    name: 'RunTask',
    ph: 'X',
    pid: MAIN.pid,
    tid,
    ts: ORIGIN_US + startMs * 1000,
    dur: wallMs * 1000,
    tts: threadStartMs * 1000,
    tdur: threadMs * 1000,
  };
}

const measure: TraceEvent = {
  name: 'repere-ia-sante:scan',
  ph: 'b',
  ...MAIN,
  ts: ORIGIN_US + 10_000,
  args: { startTime: 10 },
};

describe('threadClock', () => {
  it('reads the thread time spent over a page interval, not the wall time', () => {
    // A 10 ms task during which the thread ran 4 ms (it waited for a core the rest of the time).
    const clock = threadClock([measure, task(10, 10, 100, 4)], 'repere-ia-sante:')!;
    expect(clock.cpuMs(10, 20)).toBeCloseTo(4);
    expect(clock.cpuMs(10, 15)).toBeCloseTo(2);
  });

  it('counts nothing while the thread is idle between tasks', () => {
    const clock = threadClock([measure, task(10, 2, 100, 2), task(50, 3, 102, 3)], 'repere-ia-sante:')!;
    expect(clock.cpuMs(12, 50)).toBeCloseTo(0);
    expect(clock.cpuMs(10, 53)).toBeCloseTo(5);
  });

  it('uses nested events inside a long task for a closer reading', () => {
    // A 20 ms task: the thread runs fully in its first half (a nested 10 ms call), then waits.
    const nested = { ...task(10, 10, 100, 10), name: 'FunctionCall' };
    const clock = threadClock([measure, task(10, 20, 100, 10), nested], 'repere-ia-sante:')!;
    expect(clock.cpuMs(10, 20)).toBeCloseTo(10);
    expect(clock.cpuMs(20, 30)).toBeCloseTo(0);
  });

  it('ignores other threads and never reports more than the wall time', () => {
    const other = task(10, 10, 0, 10, 99);
    const clock = threadClock([measure, other, task(10, 10, 100, 10)], 'repere-ia-sante:')!;
    expect(clock.cpuMs(10, 15)).toBeLessThanOrEqual(5);
  });

  it('is null when the trace holds no measure of the page', () => {
    expect(threadClock([task(10, 10, 100, 4)], 'repere-ia-sante:')).toBeNull();
  });
});
