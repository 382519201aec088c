/**
 * The engine benchmark's measurements (scripts/bench/measure.ts), run with a scripted clock instead of the engine:
 * each fake `analyze()` advances the clock by a chosen time, so every figure is known in advance.
 */
import { describe, expect, it } from 'vitest';
import {
  flatCopy,
  latency4k,
  linearity,
  MB,
  percentile,
  throughput,
  type Analyze,
} from '../../../scripts/bench/measure';

/** A clock that only moves when the fake engine runs, by `cost(text, call)` ms per call. */
function scripted(cost: (text: string, call: number) => number): { analyze: Analyze; now: () => number } {
  let time = 0;
  let call = 0;
  return {
    analyze: ({ text }) => {
      time += cost(text, call++);
    },
    now: () => time,
  };
}

describe('flatCopy', () => {
  it('keeps every character, lone surrogates and line breaks included', () => {
    const rope = 'ma m\u00e8re\n\n' + '\ud83d' + ' a 39,5 \u00b0C ' + '\udc00\u0000\u2028 fin';
    expect(flatCopy(rope)).toBe(rope);
    expect(flatCopy(rope.slice(3, 20))).toBe(rope.slice(3, 20));
  });
});

describe('percentile', () => {
  it('reads the value at the rank, whatever the order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(values, 50)).toBe(51);
    expect(percentile(values, 95)).toBe(96);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('throughput', () => {
  it('keeps the fastest of five passes after an unmeasured warm-up pass', () => {
    const batch = ['a'.repeat(MB / 2), 'b'.repeat(MB / 2)];
    // Warm-up pass: 2 calls; then five passes of 2 calls. The third measured pass is the fastest (100 ms per call).
    const clock = scripted((_, call) => (call >= 6 && call < 8 ? 100 : 400));
    const result = throughput(clock.analyze, { now: clock.now }, batch);
    expect(result.ms).toBe(200);
    expect(result.mbPerSecond).toBe(5);
    expect(result.cpuMbPerSecond).toBeNull();
    expect(result.bytes).toBe(MB);
  });
});

describe('latency4k', () => {
  const batch = Array.from({ length: 100 }, (_, i) => `message ${i} `.repeat(400));

  it('takes percentiles over messages of their best run, and keeps those of every run beside them', () => {
    // Every message takes 1 ms, except in one round (a burst of the machine) where each takes 9 ms.
    const messages = Math.ceil(batch.join('\n\n').length / (4096 * 7));
    const clock = scripted((_, call) => (Math.floor(call / messages) === 2 ? 9 : 1));
    const result = latency4k(clock.analyze, { now: clock.now }, batch);
    expect(result.messages).toBe(messages);
    expect(result.runs).toBe(4 * messages);
    expect(result.p95).toBe(1);
    expect(result.everyRun.p95).toBe(9);
    expect(result.everyRun.p50).toBe(1);
  });

  it('still shows a message that is slow in every run', () => {
    // The first 4 KB message (cut at the start of the batch) is slow each time; the others never.
    const clock = scripted((text) => (text.startsWith('message 0 ') ? 5 : 1));
    const result = latency4k(clock.analyze, { now: clock.now }, batch);
    expect(result.p99).toBe(5);
    expect(result.p50).toBe(1);
  });
});

describe('linearity', () => {
  it('compares the best of five runs on 100 KB and on 1 MB', () => {
    const base = 'x'.repeat(1_200_000);
    const clock = scripted((text) => text.length / 10_000);
    const result = linearity(clock.analyze, { now: clock.now }, base);
    expect(result.size1).toBe(100_000);
    expect(result.size10).toBe(1_000_000);
    expect(result.ratio).toBeCloseTo(10);
  });
});
