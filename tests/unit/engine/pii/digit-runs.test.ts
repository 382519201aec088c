/**
 * The number detectors start at the runs of digits the word pass notes (`DigitRuns`), read from the engine's number
 * tokens or from the text: both must be exactly the maximal runs of ASCII digits of the text, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWords, type DigitRuns } from '../../../../engine/pii/words.ts';
import { tokenize } from '../../../../engine/text/tokenize.ts';

function runs(words: DigitRuns): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < words.runCount; r++) out.push([words.runStarts[r]!, words.runEnds[r]!]);
  return out;
}

function expected(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[0-9]+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const PIECES = [
  '1',
  '23',
  '38,5',
  '3.5',
  '1.234.567',
  ',',
  '.',
  ' ',
  '+',
  '(',
  'ab',
  'é',
  "can't",
  '’',
  'москва',
  '\n',
];

describe('digit runs of the word pass', () => {
  it('are the maximal runs of ASCII digits, read from tokens or from the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(runs(readWords(text))).toEqual(expected(text));
        expect(runs(readWords(text, tokenize(text)))).toEqual(expected(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('on random UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(runs(readWords(text))).toEqual(expected(text));
        expect(runs(readWords(text, tokenize(text)))).toEqual(expected(text));
      }),
      { numRuns: 500 },
    );
  });
});
