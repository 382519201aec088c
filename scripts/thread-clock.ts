/**
 * CPU time of the page's main thread over any interval, from a Chromium trace.
 *
 * On a shared two-core machine a wall-clock duration measured in the page includes the time the renderer
 * waited for a core: in traces of bench:page the content script's callbacks took 2–5× longer in wall time
 * than in thread time. Trace events carry both clocks (`ts`/`dur` wall, `tts`/`tdur` thread), so the thread
 * clock can be read at any wall time by interpolating between the main thread's event boundaries.
 */

/** The fields of a Chrome trace event this module reads. */
export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tts?: number;
  readonly tdur?: number;
  readonly args?: { readonly startTime?: number; readonly [key: string]: unknown };
}

/** Categories the benchmark records: tasks (with thread time), script calls, and performance.measure(). */
export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,v8.execute,blink.user_timing';

export interface ThreadClock {
  /** Thread CPU milliseconds spent between two page times (`performance.now()` milliseconds). */
  cpuMs(pageStart: number, pageEnd: number): number;
}

/**
 * A clock for the thread that recorded the performance measures named with `measurePrefix` (the page's main
 * thread), or null when the trace holds none.
 */
export function threadClock(events: readonly TraceEvent[], measurePrefix: string): ThreadClock | null {
  // A measure's begin event carries its page time: the offset from page milliseconds to trace microseconds.
  const mark = events.find(
    (e) => e.ph === 'b' && e.name.startsWith(measurePrefix) && typeof e.args?.startTime === 'number',
  );
  if (!mark) return null;
  const offsetUs = mark.ts - (mark.args!.startTime as number) * 1000;
  // Wall → thread samples at every boundary of a complete event of that thread. Nested events give more
  // samples inside long tasks, hence a closer reading for a measure that is only part of its task.
  const wall: number[] = [];
  const thread: number[] = [];
  const samples: [number, number][] = [];
  for (const e of events) {
    if (e.pid !== mark.pid || e.tid !== mark.tid || e.ph !== 'X') continue;
    if (e.tts === undefined || e.dur === undefined || e.tdur === undefined) continue;
    samples.push([e.ts, e.tts], [e.ts + e.dur, e.tts + e.tdur]);
  }
  if (samples.length === 0) return null;
  samples.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [w, t] of samples) {
    // Both clocks only move forward; a sample that would make the thread clock go back is rounding noise.
    const last = thread.length > 0 ? thread[thread.length - 1]! : -Infinity;
    wall.push(w);
    thread.push(Math.max(t, last));
  }
  const at = (us: number): number => {
    if (us <= wall[0]!) return thread[0]!;
    if (us >= wall[wall.length - 1]!) return thread[thread.length - 1]!;
    let lo = 0;
    let hi = wall.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (wall[mid]! <= us) lo = mid;
      else hi = mid;
    }
    const span = wall[hi]! - wall[lo]!;
    // Between two samples the thread clock advances at most as fast as the wall clock.
    return span === 0 ? thread[lo]! : thread[lo]! + ((thread[hi]! - thread[lo]!) * (us - wall[lo]!)) / span;
  };
  return {
    cpuMs(pageStart, pageEnd) {
      const cpuUs = at(offsetUs + pageEnd * 1000) - at(offsetUs + pageStart * 1000);
      return Math.max(0, Math.min(cpuUs / 1000, pageEnd - pageStart));
    },
  };
}
