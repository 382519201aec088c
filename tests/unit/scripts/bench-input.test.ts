/**
 * The engine benchmark's frozen input (scripts/bench/frozen-input.ts): the texts it names are still the texts it
 * froze, so figures of two stops measure the same messages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest, frozenTexts, readFrozenInput } from '../../../scripts/bench/frozen-input';

describe('the benchmark input', () => {
  it('is the texts frozen in bench/input.json (re-freeze on purpose if a corpus text changed)', () => {
    const input = readFrozenInput();
    const texts = frozenTexts(input);
    expect(texts.length).toBe(Object.values(input.itemsPerFile).reduce((n, count) => n + count, 0));
    expect(digest(texts)).toBe(input.sha256);
  });

  it('takes the first items of each file, and fails when a file has fewer than the freeze names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-input-'));
    const line = (text: string): string => JSON.stringify({ id: text, text });
    writeFileSync(join(dir, 'a.jsonl'), [line('a1'), line('a2'), line('a3 (added later)')].join('\n') + '\n');
    writeFileSync(join(dir, 'b.jsonl'), line('b1') + '\n');
    const input = { frozen: '2026-11-30', itemsPerFile: { 'a.jsonl': 2, 'b.jsonl': 1 }, sha256: '' };
    expect(frozenTexts(input, dir)).toEqual(['a1', 'a2', 'b1']);
    expect(() => frozenTexts({ ...input, itemsPerFile: { 'b.jsonl': 2 } }, dir)).toThrow(/b\.jsonl has 1 items/);
  });

  it('has a digest that changes with any text', () => {
    expect(digest(['ab', 'c'])).not.toBe(digest(['a', 'bc']));
    expect(digest(['a'])).toBe(digest(['a']));
  });
});
