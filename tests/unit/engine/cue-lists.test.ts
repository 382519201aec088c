/**
 * `CueLists` is reused by every message and cleared through a bit mask of the lists in use: a list set by one message
 * must never be seen by the next, and the mask needs every cue type to fit in one 32-bit integer.
 */
import { describe, expect, it } from 'vitest';
import { CueLists } from '../../../engine/context.ts';
import { CUE_INDEX, CUE_TYPES } from '../../../engine/lexicon/compiled-types.ts';
import type { Hit } from '../../../engine/lexicon/trie.ts';

const hit = (entry: number): Hit => ({ entry, first: 0, last: 0, skipped: null });

describe('CueLists', () => {
  it('has a bit for every cue type', () => {
    expect(CUE_TYPES.length).toBeLessThanOrEqual(31);
    CUE_TYPES.forEach((type, index) => expect(CUE_INDEX.get(type)).toBe(index));
  });

  it('forgets every list, pushed or set, when cleared', () => {
    const cues = new CueLists();
    for (const round of [0, 1, 2]) {
      CUE_TYPES.forEach((type, index) => {
        if ((index + round) % 2 === 0) cues.push(index, hit(index));
        else if ((index + round) % 3 === 0) cues.set(type, [hit(index), hit(index + 1)]);
      });
      CUE_TYPES.forEach((type, index) => {
        const expected = (index + round) % 2 === 0 ? 1 : (index + round) % 3 === 0 ? 2 : undefined;
        expect(cues.get(type)?.length).toBe(expected);
      });
      cues.clear();
      for (const type of CUE_TYPES) expect(cues.get(type)).toBeUndefined();
    }
  });

  it('starts a pushed list empty again after a clear', () => {
    const cues = new CueLists();
    cues.push(CUE_INDEX.get('negation')!, hit(1));
    cues.push(CUE_INDEX.get('negation')!, hit(2));
    cues.clear();
    cues.push(CUE_INDEX.get('negation')!, hit(3));
    expect(cues.get('negation')?.map((h) => h.entry)).toEqual([3]);
  });
});
