import { describe, expect, it, vi } from 'vitest';
import { createDebounce, createFrameQueue } from '../../../entrypoints/chatbot.content/scheduler';
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
