/**
 * Tokeniser: one linear pass over the text, no regular expressions (so no backtracking, whatever the input).
 *
 * Words are folded (lowercase, no accents) but keep their original `[start, end)` offsets. Apostrophes and
 * hyphens split words ("l'AVC" → "l", "avc"; "peut-être" → "peut", "etre"), so the lexicon compiler, which uses
 * this same tokeniser, sees terms exactly as the engine sees messages.
 */
import { foldCode } from './fold.ts';

export const enum TokenType {
  Word = 0,
  Number = 1,
  /** Comma, colon, semicolon, parenthesis, dash between spaces: ends a clause. */
  Clause = 2,
  /** Full stop, question or exclamation mark, blank line, bullet: ends a sentence. */
  Sentence = 3,
  /** A single line break: ends a clause for context rules, but terms may run across it. */
  Newline = 4,
}

export interface Tokens {
  readonly count: number;
  readonly types: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Folded text of word and number tokens ('' for boundaries). */
  readonly norms: string[];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII, Latin-1/Extended, and other alphabetic scripts (kept as words, matched by nothing). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xb5; // micro sign (µg)
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true;
  if (c >= 0x3040 && c <= 0x9fff) return true;
  return c >= 0xac00 && c <= 0xd7a3;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Splits `text` into word, number and boundary tokens.
 *
 * @example tokenize("J'ai mal.").norms // ['j', 'ai', 'mal', '']
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound: at most one token per character.
  let cap = Math.min(n + 1, 1024);
  let types = new Uint8Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  const norms: string[] = [];
  let count = 0;

  const push = (type: TokenType, start: number, end: number, norm: string): void => {
    if (count === cap) {
      cap *= 2;
      const t = new Uint8Array(cap);
      t.set(types);
      types = t;
      const s = new Int32Array(cap);
      s.set(starts);
      starts = s;
      const e = new Int32Array(cap);
      e.set(ends);
      ends = e;
    }
    // Collapse runs of boundaries: keep the strongest one.
    if (type >= TokenType.Clause && count > 0) {
      const prev = types[count - 1] as TokenType;
      if (prev >= TokenType.Clause) {
        if (rank(type) > rank(prev)) types[count - 1] = type;
        ends[count - 1] = end;
        return;
      }
    }
    if (type >= TokenType.Clause && count === 0) return;
    types[count] = type;
    starts[count] = start;
    ends[count] = end;
    norms.push(norm);
    count++;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      let plain = true;
      let latin = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        if (d < 97 || d > 122) {
          plain = false;
          if (d > 127 && d < 0x250) latin = true;
        }
        i++;
      }
      let norm: string;
      if (plain) norm = text.slice(start, i);
      else if (!latin)
        norm = text.slice(start, i).toLowerCase(); // ASCII or other scripts: nothing to strip
      else {
        norm = '';
        for (let k = start; k < i; k++) norm += foldCode(text.charCodeAt(k));
      }
      // English contractions stay one word ("can't" → "cant", "I'm" → "im"), so lexicons need one spelling
      // whether or not the apostrophe was typed. French elisions ("l'AVC", "j'ai") are split above.
      const suffix = contractionSuffix(text, i);
      if (suffix > 0) {
        for (let k = i + 1; k < i + suffix; k++) norm += foldCode(text.charCodeAt(k));
        i += suffix;
      }
      push(TokenType.Word, start, i, norm);
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      push(TokenType.Number, start, i, text.slice(start, i).replace(',', '.'));
      continue;
    }
    if (c === 10) {
      // Blank line or a bulleted next line ends a sentence; a single line break only a clause.
      let j = i + 1;
      let blank = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10) blank = true;
        else if (!isSpace(d)) break;
        j++;
      }
      const next = j < n ? text.charCodeAt(j) : 0;
      const bullet = next === 45 || next === 42 || next === 0x2022 || next === 35;
      push(blank || bullet ? TokenType.Sentence : TokenType.Newline, i, i + 1, '');
      i = j;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      push(TokenType.Sentence, i, i + 1, '');
      i++;
      continue;
    }
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014) {
      push(TokenType.Clause, i, i + 1, '');
      i++;
      continue;
    }
    if ((c === 45 || c === 0x2013) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)))) {
      push(TokenType.Clause, i, i + 1, '');
      i++;
      continue;
    }
    i++;
  }
  return { count, types, starts, ends, norms };
}

const APOSTROPHES = new Set([39, 0x2019, 0x2bc]);

/** Length (apostrophe included) of an English contraction suffix at `i` ("'t", "'m", "'re", "'ve", "'d"), or 0. */
function contractionSuffix(text: string, i: number): number {
  if (!APOSTROPHES.has(text.charCodeAt(i))) return 0;
  const a = text.charCodeAt(i + 1) | 0x20;
  const b = text.charCodeAt(i + 2) | 0x20;
  let length = 0;
  // "'s" stays split: possessives ("the hospital's", "mum's") keep their noun intact.
  if (a === 116 || a === 109 || a === 100)
    length = 2; // t m d
  else if ((a === 114 || a === 118) && b === 101) length = 3; // re ve
  if (length === 0) return 0;
  const after = text.charCodeAt(i + length);
  return Number.isNaN(after) || !isLetter(after) ? length : 0;
}

function rank(type: TokenType): number {
  return type === TokenType.Sentence ? 3 : type === TokenType.Clause ? 2 : 1;
}
