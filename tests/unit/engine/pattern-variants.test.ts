/**
 * `compileSlots` checks a term's variants without writing them out: a term naming word classes stands for thousands of
 * variants, which the trie shares as paths. The checks: their number, and that no variant is empty or starts or ends
 * with a gap once its optional parts are left out.
 */
import { describe, expect, it } from 'vitest';
import { compileSlots } from '../../../engine/lexicon/pattern.ts';

const words = (prefix: string, n: number): string =>
  `(${Array.from({ length: n }, (_, i) => `${prefix}${i}`).join('|')})`;

describe('compileSlots variant checks', () => {
  it('accepts a term of a few thousand variants, kept as slots', () => {
    const slots = compileSlots(`${words('a', 10)} ${words('b', 6)} ${words('c', 60)}`);
    expect(slots).toHaveLength(3);
    expect(slots[2]).toHaveLength(60);
  });

  it('rejects a term past the bound', () => {
    expect(() => compileSlots(`${words('a', 20)} ${words('b', 20)} ${words('c', 20)}`)).toThrow(/too many variants/);
  });

  it('rejects a variant that starts or ends with a gap, or is empty', () => {
    expect(() => compileSlots('[tres] ... mal')).toThrow(/start and end with a word/);
    expect(() => compileSlots('mal ... [tres]')).toThrow(/start and end with a word/);
    expect(() => compileSlots('[tres]')).toThrow(/empty/);
    expect(compileSlots('[tres] mal ... ventre')).toEqual([['tres', ''], 'mal', '...', 'ventre']);
  });
});
