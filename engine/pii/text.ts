/**
 * Character classes and word reading shared by the personal-data detectors. Everything here reads the text
 * with `charCodeAt` in bounded loops: no regular expression runs over user text in this module. Folding
 * (lowercase, no accents) is the engine's own (engine/text/fold.ts), so lexicons and personal data agree.
 */
import { fold, foldCode } from '../text/fold.ts';

export { fold };

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Latin letters (ASCII, Latin-1, Latin Extended-A/B) and other scripts' letters below U+2000. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 && (c < 0x2b0 || c >= 0x370);
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Uppercase letter: ASCII A–Z and the Latin-1/Extended uppercase forms. */
export function isUpper(c: number): boolean {
  if (c >= UPPER_LIMIT) return isUpperSlow(c);
  const known = UPPER[c]!;
  if (known !== 0) return known === UPPER_YES;
  const upper = isUpperSlow(c);
  UPPER[c] = upper ? UPPER_YES : UPPER_NO;
  return upper;
}

function isUpperSlow(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/**
 * `isUpperSlow` per code below U+2000, computed once per code (0: not yet): the detectors test the first letter
 * of many words, and the slow form builds two strings for each accented one ("était", "Élodie"). Filled as codes
 * are met rather than at load, where 8 000 of those pairs of strings lengthened the bundle's evaluation (see data.ts).
 */
const UPPER_LIMIT = 0x2000;
const UPPER_YES = 1;
const UPPER_NO = 2;
const UPPER = new Uint8Array(UPPER_LIMIT);

/** Spaces inside a line: space, tab, no-break space, narrow no-break space, thin space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * A space inside a number: `isSpace`, and the other typographic spaces a word processor or a PDF puts between groups
 * (U+2000–U+200A: figure, en, em spaces…; U+205F; U+3000).
 */
export function isBlank(c: number): boolean {
  return isSpace(c) || (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x3000;
}

/** Apostrophes: straight and typographic. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Hyphens: ASCII hyphen-minus and the Unicode hyphen. */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010;
}

/** Characters below this are folded through a table (Latin scripts); others are hashed as they are. */
const FOLD_SIZE = 0x250;

/** First and second code unit of each folded character below FOLD_SIZE (0: none), for hashing without strings. */
const FOLD1 = new Uint16Array(FOLD_SIZE);
const FOLD2 = new Uint16Array(FOLD_SIZE);

/** Size of the word filter, in bits. */
export const WORD_FILTER_BITS = 1 << 17;

function mix(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * Hash of the folded form of `text[start, end)`, computed without building a string; equal to
 * `hashFolded(fold(text.slice(start, end)))` for Latin text.
 */
export function hashRange(text: string, start: number, end: number): number {
  fillWordTables();
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A letter (the usual case): its step in one multiply-add (see STEP_MUL).
    const mul = c < LETTER_LIMIT ? STEP_MUL[c]! : 0;
    h = mul !== 0 ? (Math.imul(h, mul) + STEP_ADD[c]!) | 0 : hashStep(h, c);
  }
  return h & (WORD_FILTER_BITS - 1);
}

export const HASH_SEED = 7;

/**
 * One character into a running word hash (see `hashRange`; its tables are filled by `fillWordTables()`); the caller
 * masks with WORD_FILTER_BITS - 1.
 */
export function hashStep(h: number, c: number): number {
  if (c >= FOLD_SIZE) return mix(h, c);
  if (FOLD1[c]) h = mix(h, FOLD1[c]!);
  return FOLD2[c] ? mix(h, FOLD2[c]!) : h;
}

/** Letters are all below this code (see `isLetter`). */
export const LETTER_LIMIT = 0x2000;

/**
 * `hashStep` as one multiply-add per character, for every letter: `hashStep(h, c)` equals
 * `(Math.imul(h, STEP_MUL[c]) + STEP_ADD[c]) | 0` (two folded characters compose into ×961 and f1·31 + f2, as
 * arithmetic modulo 2³² allows). `STEP_MUL[c]` is 0 exactly for the non-letters, so one table read both tests the
 * class and hashes: the word pass reads every character of the message through it.
 */
export const STEP_MUL = new Int32Array(LETTER_LIMIT);
export const STEP_ADD = new Int32Array(LETTER_LIMIT);

let wordTablesFilled = false;

/**
 * Fills FOLD1/FOLD2 and STEP_MUL/STEP_ADD. Called by the word pass and `hashRange` before they read them, not at
 * load: 8 000 table entries computed through `foldCode` lengthened the bundle's evaluation (see data.ts).
 */
export function fillWordTables(): void {
  if (wordTablesFilled) return;
  wordTablesFilled = true;
  for (let code = 0; code < FOLD_SIZE; code++) {
    const folded = foldCode(code);
    FOLD1[code] = folded.charCodeAt(0) || 0;
    FOLD2[code] = folded.charCodeAt(1) || 0;
  }
  for (let code = 0; code < LETTER_LIMIT; code++) {
    if (!isLetter(code)) continue;
    // The affine map h → h·mul + add that `hashStep` applies, read off two evaluations.
    const add = hashStep(0, code);
    const mul = (hashStep(1, code) - add) | 0;
    STEP_MUL[code] = mul;
    STEP_ADD[code] = add;
  }
}

/** Hash of an already folded word (the reviewed data). */
export function hashFolded(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h & (WORD_FILTER_BITS - 1);
}

/** End of the run of letters starting at `i`. */
export function letterRunEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** First index at or after `i` that is not an in-line space, looking at most `max` characters ahead. */
export function skipSpaces(text: string, i: number, max = 3): number {
  const stop = Math.min(text.length, i + max);
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Splits a term of the reviewed data into folded words the same way the engine reads text: runs of letters or
 * digits; everything else separates.
 * @example termWords("né(e) le") // ['ne', 'e', 'le']
 */
export function termWords(term: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < term.length) {
    const c = term.charCodeAt(i);
    if (isAlnum(c)) {
      let j = i;
      while (j < term.length && isAlnum(term.charCodeAt(j))) j++;
      words.push(fold(term.slice(i, j)));
      i = j;
    } else i++;
  }
  return words;
}
