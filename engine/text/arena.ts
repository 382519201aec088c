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
