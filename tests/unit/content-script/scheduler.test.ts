import { describe, expect, it, vi } from 'vitest';
import { createDebounce, createFrameQueue, IDLE_TIMEOUT_MS } from '../../../entrypoints/chatbot.content/scheduler';
import { FakeScheduler } from './fake-scheduler';

describe('frame queue', () => {
  it('coalesces many schedule() calls into one run on the next frame', () => {
    const scheduler = new FakeScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    for (let i = 0; i < 100; i += 1) queue.schedule();
    expect(run).not.toHaveBeenCalled();
    scheduler.frame();
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.advance(1000); // the fallback timeout was cancelled
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs in a hidden tab (no frames) through the fallback timeout', () => {
    const scheduler = new FakeScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run, 150);
    queue.schedule();
    scheduler.advance(149);
    expect(run).not.toHaveBeenCalled();
    scheduler.advance(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(scheduler.pendingFrames).toBe(0);
  });

  it('cancel() drops pending work', () => {
    const scheduler = new FakeScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    queue.schedule();
    queue.cancel();
    scheduler.frame();
    scheduler.advance(1000);
    expect(run).not.toHaveBeenCalled();
    expect(queue.pending).toBe(false);
  });
});

/** A page clock with idle periods (`requestIdleCallback`), fired by hand. */
class IdleScheduler extends FakeScheduler {
  readonly idles = new Map<number, { callback: () => void; timeoutMs: number }>();
  private nextIdle = 1000;
  requestIdle(callback: () => void, timeoutMs: number): number {
    const id = this.nextIdle++;
    this.idles.set(id, { callback, timeoutMs });
    return id;
  }
  cancelIdle(id: number): void {
    this.idles.delete(id);
  }
  /** Runs the callbacks waiting for an idle period. */
  idle(): void {
    const waiting = [...this.idles.values()];
    this.idles.clear();
    for (const { callback } of waiting) callback();
  }
}

describe('frame queue, idle-time runs (the first read of a conversation)', () => {
  it('runs in the next idle period, not the next frame, once for many calls, with a timeout', () => {
    const scheduler = new IdleScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    queue.scheduleIdle();
    queue.scheduleIdle();
    expect([...scheduler.idles.values()].map((idle) => idle.timeoutMs)).toEqual([IDLE_TIMEOUT_MS]);
    scheduler.frame();
    expect(run).not.toHaveBeenCalled();
    scheduler.idle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(queue.pending).toBe(false);
  });

  it('a change to read at the next frame replaces the idle-time run', () => {
    const scheduler = new IdleScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    queue.scheduleIdle();
    queue.schedule();
    expect(scheduler.idles.size).toBe(0);
    scheduler.frame();
    scheduler.idle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the next frame when the page offers no idle callback', () => {
    const scheduler = new FakeScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    queue.scheduleIdle();
    scheduler.frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel() and flush() handle an idle-time run', () => {
    const scheduler = new IdleScheduler();
    const run = vi.fn();
    const queue = createFrameQueue(scheduler, run);
    queue.scheduleIdle();
    queue.cancel();
    scheduler.idle();
    expect(run).not.toHaveBeenCalled();
    queue.scheduleIdle();
    queue.flush();
    expect(run).toHaveBeenCalledTimes(1);
    expect(scheduler.idles.size).toBe(0);
  });
});

describe('debounce', () => {
  it('runs once after the last trigger', () => {
    const scheduler = new FakeScheduler();
    const run = vi.fn();
    const debounce = createDebounce(scheduler, run, 400);
    debounce.trigger();
    scheduler.advance(300);
    debounce.trigger();
    scheduler.advance(300);
    expect(run).not.toHaveBeenCalled();
    scheduler.advance(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
