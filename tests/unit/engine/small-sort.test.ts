/**
 * `sortSmall` (engine/text/small-sort.ts) replaces `Array.prototype.sort` for per-message lists: it must give the
 * built-in sort's order, ties included (both are stable), below and above its insertion-sort limit.
 */
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../../engine/text/small-sort.ts';

/** Deterministic pseudo-random integers. */
function numbers(seed: number, count: number, range: number): number[] {
  let x = seed >>> 0;
  return Array.from({ length: count }, () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x % range;
  });
}

describe('sortSmall', () => {
  it('orders like the built-in stable sort, ties kept in input order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const keys = numbers(seed, seed % 40, 6);
      const items = keys.map((key, index) => ({ key, index }));
      const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
      expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
    }
  });

  it('sorts in place and returns the same list', () => {
    const list = [3, 1, 2];
    expect(sortSmall(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
