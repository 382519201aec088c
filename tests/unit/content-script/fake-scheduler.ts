/** A manual clock for the orchestrator's Scheduler: tests advance time and run frames explicitly. */
import type { Scheduler } from '../../../entrypoints/chatbot.content/scheduler';

export class FakeScheduler implements Scheduler {
  time = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private frames = new Map<number, () => void>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(id: number): void {
    this.timers.delete(id);
  }
  requestFrame(callback: () => void): number {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  }
  cancelFrame(id: number): void {
    this.frames.delete(id);
  }
  now(): number {
    return this.time;
  }
  get pendingFrames(): number {
    return this.frames.size;
  }
  /** Runs the callbacks registered for the next frame. */
  frame(): void {
    const callbacks = [...this.frames.values()];
    this.frames.clear();
    for (const callback of callbacks) callback();
  }
  /** Advances the clock, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
  }
}
