/**
 * Character classes and word reading shared by the personal-data detectors. Everything here reads the text
 * with `charCodeAt` in bounded loops: no regular expression runs over user text in this module.
 */

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
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Spaces inside a line: space, tab, no-break space, narrow no-break space, thin space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Apostrophes: straight and typographic. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Hyphens: ASCII hyphen-minus and the Unicode hyphen. */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010;
}

const FOLD_SIZE = 0x250;
const FOLD: string[] = [];
for (let code = 0; code < FOLD_SIZE; code++) {
  FOLD.push(
    String.fromCharCode(code)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
}
FOLD[0x152] = FOLD[0x153] = 'oe';
FOLD[0xc6] = FOLD[0xe6] = 'ae';
FOLD[0xdf] = 'ss';

/** First and second code unit of each folded character below FOLD_SIZE (0: none), for hashing without strings. */
const FOLD1 = new Uint16Array(FOLD_SIZE);
const FOLD2 = new Uint16Array(FOLD_SIZE);
for (let code = 0; code < FOLD_SIZE; code++) {
  FOLD1[code] = FOLD[code]!.charCodeAt(0) || 0;
  FOLD2[code] = FOLD[code]!.charCodeAt(1) || 0;
}

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
  let h = 7;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < FOLD_SIZE) {
      if (FOLD1[c]) h = mix(h, FOLD1[c]!);
      if (FOLD2[c]) h = mix(h, FOLD2[c]!);
    } else h = mix(h, c);
  }
  return h & (WORD_FILTER_BITS - 1);
}

/** Hash of an already folded word (the reviewed data). */
export function hashFolded(word: string): number {
  let h = 7;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h & (WORD_FILTER_BITS - 1);
}

/**
 * Lowercase without diacritics, for comparing words ("Hélène", "HELENE", "helene" → "helene").
 * @example fold('Né(e)') // 'ne(e)'
 */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < FOLD_SIZE ? FOLD[c] : String.fromCharCode(c).toLowerCase();
  }
  return out;
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
