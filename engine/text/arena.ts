/**
 * Zero-filled scratch memory for the typed arrays built per message (tokens, sentence votes, context masks).
 *
 * Allocating an ArrayBuffer costs about as much as tokenising a short message, so callers take consecutive regions
 * of a shared 1 MB buffer instead (a typed-array view on an existing buffer is a cheap object) and a new arena
 * replaces a full one. Regions are never reused, so they are zero-filled like a new buffer, and an old arena is
 * collected once nothing points into it.
 *
 * @example
 * const offset = reserve(n * 4);
 * const counts = new Int32Array(arena(), offset, n);
 */
const ARENA_BYTES = 1 << 20;

let current = new ArrayBuffer(ARENA_BYTES);
let used = 0;

/**
 * Offset of `bytes` fresh, zero-filled bytes in `arena()` (4-byte aligned, so any typed array fits). Call `arena()`
 * after it: a region that does not fit replaces the arena.
 */
export function reserve(bytes: number): number {
  const aligned = (bytes + 3) & ~3;
  if (aligned > ARENA_BYTES / 4) {
    // A long message gets a buffer of its own, so it never pins a large share of an arena.
    current = new ArrayBuffer(aligned);
    used = aligned;
    return 0;
  }
  if (used + aligned > current.byteLength || current.byteLength !== ARENA_BYTES) {
    current = new ArrayBuffer(ARENA_BYTES);
    used = 0;
  }
  const offset = used;
  used += aligned;
  return offset;
}

/** The buffer the last `reserve` returned an offset into. */
export function arena(): ArrayBuffer {
  return current;
}

/** A point of the arena to come back to with `release`. */
export interface ArenaMark {
  readonly buffer: ArrayBuffer;
  readonly used: number;
}

/** The arena's current position, for `release`. */
export function mark(): ArenaMark {
  return { buffer: current, used };
}

/**
 * Frees every region reserved since `at`, zero-filled again, so that the next call reuses memory still in the CPU
 * caches: fresh regions made `analyze()` write ~30 MB of never-touched memory per 5 MB of messages, and every new
 * arena costs page faults. Only for a caller that keeps no view on those regions (`analyze()` returns none; its
 * typed arrays die with the call). Regions reserved before `at` are untouched.
 */
export function release(at: ArenaMark): void {
  if (current === at.buffer) new Uint8Array(current, at.used, used - at.used).fill(0);
  else if (at.buffer.byteLength === ARENA_BYTES) {
    // The arena was replaced during the call: its tail (from the mark on) may hold regions of the call.
    new Uint8Array(at.buffer, at.used).fill(0);
  }
  current = at.buffer;
  used = at.used;
}
