/**
 * The precomputed tables and shortcuts of the personal-data pass give the same answers as the plain definitions
 * they replace, so that a speed-up can never change a finding.
 */
import { describe, expect, it } from 'vitest';
import { findPii } from '../../../../engine/pii/index.ts';
import {
  HASH_SEED,
  LETTER_LIMIT,
  STEP_ADD,
  STEP_MUL,
  WORD_FILTER_BITS,
  fillWordTables,
  hashRange,
  hashStep,
  isLetter,
  isUpper,
} from '../../../../engine/pii/text.ts';
import { readWords } from '../../../../engine/pii/words.ts';

/** The definition the uppercase table was built from. */
function upperByDefinition(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

describe('word hashing table', () => {
  it('marks exactly the letters, and applies hashStep as one multiply-add', () => {
    fillWordTables();
    const states = [HASH_SEED, 0, 1, -1, 123456789, -987654321, 0x7fffffff];
    for (let c = 0; c < LETTER_LIMIT; c++) {
      expect(STEP_MUL[c] !== 0, `code ${c}`).toBe(isLetter(c));
      if (!isLetter(c)) continue;
      for (const h of states) {
        if (((Math.imul(h, STEP_MUL[c]!) + STEP_ADD[c]!) | 0) !== hashStep(h, c)) {
          expect.fail(`code ${c}, state ${h}`);
        }
      }
    }
  });

  it('gives the words read from a text the hash of hashRange', () => {
    const text = 'Œdème, née le 12 mars: ÉLODIE Straße ǅemal Ωmega Мария';
    const words = readWords(text);
    expect(words.count).toBe(9);
    for (let w = 0; w < words.count; w++) {
      let h = HASH_SEED;
      for (let i = words.starts[w]!; i < words.ends[w]!; i++)
        h = (Math.imul(h, STEP_MUL[text.charCodeAt(i)]!) + STEP_ADD[text.charCodeAt(i)]!) | 0;
      expect(h & (WORD_FILTER_BITS - 1)).toBe(hashRange(text, words.starts[w]!, words.ends[w]!));
    }
  });
});

describe('uppercase table', () => {
  it('agrees with the string definition on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isUpper(c) !== upperByDefinition(c)) expect.fail(`code ${c}`);
  });
});

describe('digit precheck', () => {
  it('notes whether the text holds a digit', () => {
    expect(readWords('pas de chiffre ici, ni @').digits).toBe(false);
    expect(readWords('rendez-vous à 9h').digits).toBe(true);
    expect(readWords('0').digits).toBe(true);
  });

  it('still finds the identifiers that hold no digit, and every number once there is one', () => {
    expect(findPii('Je suis Jeanne Martin, lieu-dit Les Granges').map((f) => f.kind)).toEqual([
      'person_name',
      'address',
    ]);
    expect(findPii('écrivez à jeanne@exemple.fr').map((f) => f.kind)).toEqual(['email']);
    expect(findPii('Jeanne Martin, 12 rue des Lilas, 06 12 34 56 78').map((f) => f.kind)).toEqual([
      'person_name',
      'address',
      'phone',
    ]);
  });
});
