/**
 * The tokeniser's word cache keeps each slot's raw characters in a typed record (four per integer, or two when some
 * character is past U+00FF; up to 8 narrow characters in a short record, 24 in a long one) and
 * answers a repeated word from it. Two different words filed in one slot must never be taken for each other: the
 * record comparison has to cover every character, the last one of an odd length included, and words too long for a
 * record must still get their own norm and id.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../engine/text/fold.ts';
import { normAt, normHash, normsOf, tokenize, wordId } from '../../../engine/text/tokenize.ts';

/** The tokeniser's raw-text hash for a word of letters (seed 7, ×31): which words share a cache slot. */
function rawHash(word: string): number {
  let h = 7;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/** Pairs of distinct lowercase words of one length that fall into the same slot of a 16 384-slot cache. */
function collidingPairs(length: number, wanted: number, letters = 'abcdefghijklmnopqrstuvwxyz'): [string, string][] {
  const bySlot = new Map<number, string>();
  const pairs: [string, string][] = [];
  for (let n = 0; pairs.length < wanted && n < 2_000_000; n++) {
    let word = '';
    for (let k = 0, x = n * 7919 + length; k < length; k++, x = Math.floor(x / letters.length) + k * 131)
      word += letters[x % letters.length];
    const slot = rawHash(word) & 16_383;
    const other = bySlot.get(slot);
    if (other === undefined) bySlot.set(slot, word);
    else if (other !== word) {
      pairs.push([other, word]);
      bySlot.delete(slot);
    }
  }
  return pairs;
}

function expectWord(text: string, index: number, norm: string): void {
  const tokens = tokenize(text);
  expect(normAt(tokens, index)).toBe(norm);
  expect(tokens.hashes[index]).toBe(normHash(norm));
  expect(tokens.ids[index]).toBe(wordId(norm));
}

describe('tokeniser word cache', () => {
  it('tells apart words that share a slot, whatever their length', () => {
    // Words of one or two letters never share a slot (their hashes are below 16 384).
    for (const length of [3, 4, 5, 7, 8, 9, 11, 24, 25, 31]) {
      const pairs = collidingPairs(length, 3);
      expect(pairs.length).toBeGreaterThan(0);
      for (const [a, b] of pairs) {
        // Each word evicts the other from the slot, then is read back from it.
        for (const text of [`${a} ${b} ${a}`, `${b} ${a} ${b} ${a}`]) {
          const tokens = tokenize(text);
          const words = text.split(' ');
          words.forEach((word, i) => {
            expect(normAt(tokens, i)).toBe(word);
            expect(tokens.ids[i]).toBe(wordId(word));
          });
        }
      }
    }
  });

  it('tells apart words with characters past U+00FF (two per integer) that share a slot', () => {
    for (const length of [3, 4, 5, 11, 12, 13, 14]) {
      const pairs = collidingPairs(length, 3, 'aeœ\u0101\u0430');
      expect(pairs.length).toBeGreaterThan(0);
      for (const [a, b] of pairs) {
        const tokens = tokenize(`${a} ${b} ${a} ${b}`);
        expect(normsOf(tokens).slice(0, 4)).toEqual([a, b, a, b].map(fold));
        expect(tokens.ids[0]).toBe(tokens.ids[2]);
        expect(tokens.ids[1]).toBe(tokens.ids[3]);
      }
    }
  });

  it('tells apart words that differ only in their last character', () => {
    // Characters 16 384 apart ("a" and U+4061, a CJK letter) leave the slot unchanged: same slot, same length.
    for (const stem of ['xy', 'xyz', 'abcdefghijklmnopqrstuvw']) {
      const a = `${stem}a`;
      const b = `${stem}\u4061`;
      expect(rawHash(a) & 16_383).toBe(rawHash(b) & 16_383);
      const tokens = tokenize(`${a} ${b} ${a} ${b}`);
      expect(normsOf(tokens).slice(0, 4)).toEqual([a, b, a, b]);
    }
  });

  it('gives folded words, numbers and contractions the same norm, hash and id from the cache as when first read', () => {
    const words = [
      'Élodie',
      'élodie',
      'ÉLODIE',
      'cœur',
      'Anticonstitutionnellement',
      'anticonstitutionnellement',
      'intergouvernementalisations',
      "can't",
      "Can't",
      'x',
      'ab',
      'abc',
    ];
    for (let round = 0; round < 2; round++) {
      for (const word of words) {
        const norm = fold(word).replace(/['\u2019]/g, '');
        expectWord(word, 0, norm);
        expectWord(`il dit ${word} puis ${word}`, 4, norm);
      }
      expectWord('38,5', 0, '38.5');
      expectWord('de 38,5 a 38,5', 3, '38.5');
      expectWord('123456789012345678901234567', 0, '123456789012345678901234567');
    }
  });
});
