/**
 * The typed-array arena (engine/text/arena.ts): regions never overlap and are zero-filled, including across an arena
 * replacement and a region too large to share an arena.
 */
import { describe, expect, it } from 'vitest';
import { arena, mark, release, reserve } from '../../../engine/text/arena.ts';

function region(bytes: number): Uint8Array {
  const offset = reserve(bytes);
  return new Uint8Array(arena(), offset, bytes);
}

describe('arena', () => {
  it('gives zero-filled regions that later regions never overwrite', () => {
    const kept: Uint8Array[] = [];
    // 3 MB in 10 KB regions: the arena is replaced twice.
    for (let i = 0; i < 300; i++) {
      const bytes = region(10_000);
      expect(bytes.every((b) => b === 0)).toBe(true);
      bytes.fill((i % 255) + 1);
      kept.push(bytes);
    }
    kept.forEach((bytes, i) => expect(bytes.every((b) => b === (i % 255) + 1)).toBe(true));
  });

  it('aligns every region for 4-byte typed arrays', () => {
    for (const bytes of [1, 3, 5, 13, 0, 7]) {
      const offset = reserve(bytes);
      expect(offset % 4).toBe(0);
    }
  });

  it('gives a large region a buffer of its own, and the next small region a fresh arena', () => {
    const small = region(16).fill(1);
    const large = region(600_000).fill(2);
    expect(large.buffer).not.toBe(small.buffer);
    const after = region(16);
    expect(after.buffer).not.toBe(large.buffer);
    expect(after.every((b) => b === 0)).toBe(true);
    expect(small.every((b) => b === 1) && large.every((b) => b === 2)).toBe(true);
  });

  it('frees the regions reserved after a mark, zero-filled, and keeps those before', () => {
    const before = region(64).fill(5);
    const at = mark();
    const during = region(64).fill(6);
    release(at);
    const again = region(64);
    // The next region reuses the freed memory, zero-filled again.
    expect(again.buffer).toBe(during.buffer);
    expect(again.byteOffset).toBe(during.byteOffset);
    expect(again.every((b) => b === 0)).toBe(true);
    expect(before.every((b) => b === 5)).toBe(true);
  });

  it('comes back to the marked arena after a replacement during the call, its tail zero-filled', () => {
    region(600_000); // a buffer of its own: the next region starts a fresh arena, with room after the mark
    const before = region(16).fill(7);
    const at = mark();
    const filled: Uint8Array[] = [];
    // 1.2 MB in 100 KB regions: the arena is replaced once after the mark.
    for (let i = 0; i < 12; i++) filled.push(region(100_000).fill(8));
    expect(filled.at(-1)!.buffer).not.toBe(before.buffer);
    release(at);
    const next = region(100_000);
    expect(next.buffer).toBe(before.buffer);
    expect(next.every((b) => b === 0)).toBe(true);
    expect(before.every((b) => b === 7)).toBe(true);
  });
});
